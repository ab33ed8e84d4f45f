import type { Block } from 'payload'

import { chosenDocuments } from '../fields/orderedCollection'

export const ContributionAreaGrid: Block = {
  slug: 'contributionAreaGrid',
  interfaceName: 'ContributionAreaGridBlock',
  labels: { singular: 'Bidragsområde-rutenett', plural: 'Bidragsområde-rutenett' },
  fields: [
    { name: 'heading', type: 'text', label: 'Seksjonstittel', required: true },
    { name: 'intro', type: 'richText', label: 'Tekst' },
    ...chosenDocuments('contribution-areas', {
      label: 'Bidragsområder',
      plural: 'bidragsområder',
      one: 'minst ett bidragsområde',
    }),
  ],
}
