import type { CollectionConfig } from 'payload'

import { publishedContent } from '../publishedContent'

import { pageBlocks } from '../../blocks'
import { scheduled } from '../../fields/scheduled'
import { seo } from '../../fields/seo'
import { slug } from '../../fields/slug'
import { livePreview } from '../../preview/livePreview'
import { pageView } from './endpoints/pageView'

export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  ...publishedContent(),
  labels: { singular: 'Side', plural: 'Sider' },
  admin: {
    livePreview: livePreview('pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'scheduled', 'updatedAt'],
    group: 'Innhold',
  },
  endpoints: [pageView],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'Tittel',
      required: true,
      admin: { description: 'Navnet på siden i admin og i nettleserfanen.' },
    },
    slug,
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Innhold',
          fields: [
            {
              name: 'layout',
              type: 'blocks',
              label: 'Seksjoner',
              labels: { singular: 'Seksjon', plural: 'Seksjoner' },
              blocks: pageBlocks,
              admin: { description: 'Seksjonene vises i denne rekkefølgen. Dra for å flytte.' },
            },
          ],
        },
        { label: 'Søk og deling', fields: [seo] },
      ],
    },
    scheduled,
  ],
}
