import type { Block } from 'payload'

import { chosenDocuments } from '../fields/orderedCollection'

export const Steps: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  labels: { singular: 'Nummererte steg', plural: 'Nummererte steg' },
  fields: [
    { name: 'heading', type: 'text', label: 'Seksjonstittel', required: true },
    ...chosenDocuments('onboarding-steps', {
      label: 'Steg',
      plural: 'steg',
      one: 'minst ett steg',
    }),
    { name: 'afterword', type: 'textarea', label: 'Tekst etter stegene' },
  ],
}
