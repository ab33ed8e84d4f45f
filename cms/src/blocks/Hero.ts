import type { Block } from 'payload'

import { link } from '../fields/link'
import { arrayRows } from '../fields/rowTitles'

export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: 'Toppseksjon', plural: 'Toppseksjoner' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      label: 'Tittel',
      required: true,
      admin: { description: 'Sidens hovedoverskrift (h1).' },
    },
    { name: 'lead', type: 'textarea', label: 'Ingress' },
    {
      name: 'links',
      type: 'array',
      label: 'Knapper',
      maxRows: 2,
      fields: [link()],
      ...arrayRows('Knapp', 'Knapper'),
    },
  ],
}
