import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import { env } from '../../env'

const webp = { format: 'webp', options: { quality: 80 } } as const

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Bilde', plural: 'Bilder' },
  admin: { group: 'Innhold', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  upload: {
    staticDir: env.MEDIA_DIR,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/svg+xml'],
    // The copies web offers in srcset (card, wide) and the social-sharing crop (og). Each size
    // needs its own formatOptions: the collection's apply to the upload itself only.
    imageSizes: [
      { name: 'card', width: 640, formatOptions: webp },
      { name: 'wide', width: 1280, formatOptions: webp },
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: webp },
    ],
    formatOptions: webp,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternativ tekst',
      required: true,
      maxLength: 250,
      admin: {
        // Required and always shown: on this site an image is content, never decoration.
        description:
          'Påkrevd. Beskriv kort hva bildet viser, for den som ikke kan se det (skjermleser, bildet lastes ikke). Teksten følger bildet overalt det brukes.',
      },
    },
  ],
}
