import type { Block } from 'payload'

export const RichTextSection: Block = {
  slug: 'richTextSection',
  interfaceName: 'RichTextSectionBlock',
  labels: { singular: 'Tekstseksjon', plural: 'Tekstseksjoner' },
  fields: [
    { name: 'heading', type: 'text', label: 'Seksjonstittel' },
    { name: 'content', type: 'richText', label: 'Tekst', required: true },
  ],
}
