import { Icon } from './Icon'

/** The login page's logo: the site's own mark and name, not Payload's. */
export function Logo() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      <Icon size={40} />
      <span style={{ fontSize: '1.75rem', fontWeight: 600 }}>Datakollektivet</span>
    </span>
  )
}
