import type { CollectionConfig } from 'payload'

import { revalidateAfterChange, revalidateAfterDelete } from '../../hooks/revalidateWeb'
import { editors } from '../../access/editors'
import { publishedOrEditors } from '../../access/publishedOrEditors'
import { pageBlocks } from '../../blocks'
import { seo } from '../../fields/seo'
import { slug } from '../../fields/slug'
import { pageView } from './endpoints/pageView'
import { populateGrids } from './hooks/populateGrids'

export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  labels: { singular: 'Side', plural: 'Sider' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: 'Innhold',
  },
  versions: { drafts: { autosave: { interval: 1000 }, schedulePublish: true }, maxPerDoc: 50 },
  access: { read: publishedOrEditors, create: editors, update: editors, delete: editors },
  endpoints: [pageView],
  hooks: {
    afterRead: [populateGrids],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
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
  ],
}
