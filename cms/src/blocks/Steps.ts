import type { Block } from 'payload'

import { chosenDocuments } from '../fields/orderedCollection'

export const Steps: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  labels: { singular: 'Nummererte steg', plural: 'Nummererte steg' },
  fields: [
    { name: 'heading', type: 'text', label: 'Seksjonstittel', required: true },
    chosenDocuments('onboarding-steps', 'Steg'),
    { name: 'afterword', type: 'textarea', label: 'Tekst etter stegene' },
  ],
}
