import type { Block } from 'payload'

import { link } from '../fields/link'
import { arrayRows } from '../fields/rowTitles'

export const OtherWaysIn: Block = {
  slug: 'otherWaysIn',
  interfaceName: 'OtherWaysInBlock',
  labels: { singular: 'To kort («Andre veier inn»)', plural: 'To kort' },
  fields: [
    { name: 'heading', type: 'text', label: 'Seksjonstittel', required: true },
    {
      name: 'cards',
      type: 'array',
      label: 'Kort',
      ...arrayRows('Kort', 'Kort'),
      minRows: 1,
      maxRows: 2,
      required: true,
      fields: [
        { name: 'title', type: 'text', label: 'Tittel', required: true },
        { name: 'text', type: 'textarea', label: 'Tekst', required: true },
        link({ required: false }),
        {
          name: 'newsletter',
          type: 'checkbox',
          label: 'Vis påmelding til nyhetsbrevet',
          admin: {
            description:
              'E-postfelt og knapp; tekstene redigeres under Innstillinger → Nyhetsbrev.',
          },
        },
        link({ name: 'secondaryLink', label: 'Ekstra lenke', required: false }),
      ],
    },
  ],
}
