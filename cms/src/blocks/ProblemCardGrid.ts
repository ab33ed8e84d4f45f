import type { Block } from 'payload'

import { chosenDocuments } from '../fields/orderedCollection'

export const ProblemCardGrid: Block = {
  slug: 'problemCardGrid',
  interfaceName: 'ProblemCardGridBlock',
  labels: { singular: 'Problemkort-rutenett', plural: 'Problemkort-rutenett' },
  fields: [
    { name: 'heading', type: 'text', label: 'Seksjonstittel', required: true },
    { name: 'intro', type: 'textarea', label: 'Ingress' },
    ...chosenDocuments('problem-cards', { label: 'Kort', plural: 'kort', one: 'minst ett kort' }),
  ],
}
