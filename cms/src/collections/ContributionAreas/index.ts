import type { CollectionConfig } from 'payload'

import { publishedContent } from '../publishedContent'

import { scheduled } from '../../fields/scheduled'
import { seedKey } from '../../fields/seedKey'
import { validateKebabCase } from '../../fields/slug'
import { livePreview } from '../../preview/livePreview'

export const ContributionAreas: CollectionConfig<'contribution-areas'> = {
  slug: 'contribution-areas',
  ...publishedContent(),
  labels: { singular: 'Bidragsområde', plural: 'Bidragsområder' },
  admin: {
    livePreview: livePreview('contribution-areas'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'formLabel', '_status', 'scheduled', 'updatedAt'],
    group: 'Innhold',
    description:
      'Kortene under «Det er ikke bare kode vi trenger», og valgene i skjemaets «Hva er du interessert i?». Dra for å endre rekkefølgen.',
  },
  orderable: true,
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
      validate: validateKebabCase,
      admin: {
        position: 'sidebar',
        description:
          'Lagres i innsendte skjema. Ikke endre den etter at skjema er sendt inn, da mister gamle svar koblingen.',
      },
    },
    seedKey,
    scheduled,
  ],
}
