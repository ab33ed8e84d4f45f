import type { Block } from 'payload'

import { link } from '../fields/link'
import { arrayRows } from '../fields/rowTitles'

export const CallToAction: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Oppfordring med lenker', plural: 'Oppfordringer' },
  fields: [
    { name: 'heading', type: 'text', label: 'Seksjonstittel', required: true },
    { name: 'content', type: 'richText', label: 'Tekst' },
    {
      name: 'links',
      type: 'array',
      label: 'Lenker',
      maxRows: 3,
      fields: [link()],
      ...arrayRows('Lenke', 'Lenker'),
    },
  ],
}
