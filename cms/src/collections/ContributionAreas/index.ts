import type { CollectionConfig } from 'payload'

import { revalidateAfterChange, revalidateAfterDelete } from '../../hooks/revalidateWeb'
import { editors } from '../../access/editors'
import { publishedOrEditors } from '../../access/publishedOrEditors'
import { seedKey } from '../../fields/seedKey'

export const ContributionAreas: CollectionConfig<'contribution-areas'> = {
  slug: 'contribution-areas',
  labels: { singular: 'Bidragsområde', plural: 'Bidragsområder' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'formLabel', '_status', 'updatedAt'],
    group: 'Innhold',
    description:
      'Kortene under «Det er ikke bare kode vi trenger», og valgene i skjemaets «Hva er du interessert i?». Dra for å endre rekkefølgen.',
  },
  orderable: true,
  versions: { drafts: { autosave: { interval: 1000 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
  access: { read: publishedOrEditors, create: editors, update: editors, delete: editors },
  fields: [
    { name: 'title', type: 'text', label: 'Tittel', required: true, maxLength: 80 },
    { name: 'description', type: 'textarea', label: 'Beskrivelse', required: true, maxLength: 300 },
    {
      name: 'formLabel',
      type: 'text',
      label: 'Navn i skjemaet',
      required: true,
      maxLength: 40,
      admin: { description: 'Kort navn i flervalget i skjemaet, f.eks. «Drift».' },
    },
    {
      name: 'key',
      type: 'text',
      label: 'Nøkkel',
      required: true,
      unique: true,
      index: true,
      validate: (value: string | null | undefined) =>
        !value ||
        /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ||
        'Bare små bokstaver a–z, tall og bindestrek',
      admin: {
        position: 'sidebar',
        description:
          'Lagres i innsendte skjema. Ikke endre den etter at skjema er sendt inn, da mister gamle svar koblingen.',
      },
    },
    seedKey,
  ],
}
