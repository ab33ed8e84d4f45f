import type { Block } from 'payload'

/** The block picker's picture of the block (a data URL, like the favicon: no file to serve). */
const preview = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80"><rect width="120" height="80" fill="#fbfaf6"/><rect x="20" y="12" width="80" height="48" rx="2" fill="#fff" stroke="#111" stroke-width="3"/><circle cx="42" cy="28" r="6" fill="#ffd23f" stroke="#111" stroke-width="2"/><path d="M24 56l22-18 14 11 12-9 24 16z" fill="#111"/><rect x="20" y="66" width="50" height="4" fill="#3d3d3a"/></svg>',
)}`

/** How wide an image block is shown; web picks its `sizes` from this. */
export const imageBlockWidths = ['text', 'wide'] as const

export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Bilde', plural: 'Bilder' },
  imageURL: preview,
  imageAltText: 'Et bilde med bildetekst under',
  fields: [
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: 'Bilde',
      required: true,
      admin: {
        description:
          'Velg et bilde fra «Bilder» eller last opp et nytt. Den alternative teksten skrives på selve bildet, og den er påkrevd.',
      },
    },
    {
      name: 'caption',
      type: 'text',
      label: 'Bildetekst',
      maxLength: 300,
      admin: { description: 'Valgfri. Vises under bildet for alle lesere.' },
    },
    {
      name: 'width',
      type: 'select',
      label: 'Bredde',
      required: true,
      defaultValue: 'text',
      options: [
        { value: 'text', label: 'Som teksten' },
        { value: 'wide', label: 'Hele bredden' },
      ] satisfies { value: (typeof imageBlockWidths)[number]; label: string }[],
    },
  ],
}
