import type { Field } from 'payload'

export const slug: Field = {
  name: 'slug',
  type: 'text',
  label: 'Adresse (slug)',
  required: true,
  unique: true,
  index: true,
  validate: (value: string | null | undefined) =>
    !value ||
    /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ||
    'Bare små bokstaver a–z, tall og bindestrek, f.eks. bygg-med-oss',
  admin: {
    position: 'sidebar',
    description: 'Siste del av nettadressen. Forsiden har «forside».',
  },
}
