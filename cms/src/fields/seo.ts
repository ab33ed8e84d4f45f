import type { Field } from 'payload'

export const seo: Field = {
  name: 'seo',
  type: 'group',
  label: 'Søk og deling',
  admin: { description: 'Tom? Da brukes standardverdiene fra Innstillinger.' },
  fields: [
    { name: 'title', type: 'text', label: 'Tittel i søk og deling', maxLength: 70 },
    { name: 'description', type: 'textarea', label: 'Beskrivelse', maxLength: 160 },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Delingsbilde' },
    {
      name: 'noIndex',
      type: 'checkbox',
      label: 'Skjul fra søkemotorer',
      admin: { description: 'For sider som ikke er klare for alle, f.eks. utkast til vedtekter.' },
    },
  ],
}
