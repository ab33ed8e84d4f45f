import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import { env } from '../../env'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Bilde', plural: 'Bilder' },
  admin: { group: 'Innhold', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  upload: {
    staticDir: env.MEDIA_DIR,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/svg+xml'],
    imageSizes: [
      { name: 'card', width: 640 },
      { name: 'wide', width: 1280 },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    formatOptions: { format: 'webp', options: { quality: 80 } },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternativ tekst',
      required: true,
      maxLength: 250,
      admin: {
        description:
          'Beskriv hva bildet viser for den som ikke kan se det. Er bildet bare pynt, skriv «Dekorativt».',
      },
    },
  ],
}
