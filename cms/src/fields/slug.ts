import type { Field } from 'payload'

/** Lower-case words joined by hyphens: addresses and stored keys. */
export function validateKebabCase(value: string | null | undefined): true | string {
  return (
    !value ||
    /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ||
    'Bare små bokstaver a–z, tall og bindestrek, f.eks. bygg-med-oss'
  )
}

export const slug: Field = {
  name: 'slug',
  type: 'text',
  label: 'Adresse (slug)',
  required: true,
  unique: true,
  index: true,
  validate: validateKebabCase,
  admin: {
    position: 'sidebar',
    description: 'Siste del av nettadressen. Forsiden har «forside».',
  },
}
