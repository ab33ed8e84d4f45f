import type { Block } from 'payload'

/** How wide an image block is shown; web picks its `sizes` from this. */
export const imageBlockWidths = ['text', 'wide'] as const

export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Bilde', plural: 'Bilder' },
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
