import type { Block } from 'payload'
import { arrayRows } from '../fields/rowTitles'

export const BeliefList: Block = {
  slug: 'beliefList',
  interfaceName: 'BeliefListBlock',
  labels: { singular: 'Punktliste («Vi tror»)', plural: 'Punktlister' },
  fields: [
    { name: 'heading', type: 'text', label: 'Seksjonstittel', required: true },
    {
      name: 'items',
      type: 'array',
      label: 'Punkter',
      ...arrayRows('Punkt', 'Punkter'),
      required: true,
      minRows: 1,
      fields: [{ name: 'text', type: 'textarea', label: 'Tekst', required: true }],
    },
    { name: 'afterword', type: 'richText', label: 'Tekst etter punktene' },
  ],
}
