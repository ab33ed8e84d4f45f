import type { Block } from 'payload'

export const Statement: Block = {
  slug: 'statement',
  interfaceName: 'StatementBlock',
  labels: { singular: 'Utheving', plural: 'Uthevinger' },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      label: 'Setning',
      required: true,
      maxLength: 200,
      admin: {
        description:
          'Én setning som skal stå ut typografisk, som et brudd i siden. Ikke et sitat fra en person.',
      },
    },
  ],
}
