// A first version from seed sentences only: seed 001's "Infra og tjenester" and the tools of
// seed 000 §2.
import { richText } from '../../lexical'
import { toolsInUse } from './byggMedOss'
import { infrastructureFirst } from './forside'
import type { SeedPage } from './seedPage'

export const tjenester: SeedPage = {
  title: 'Tjenester',
  slug: 'tjenester',
  seo: { description: toolsInUse },
  layout: [
    { blockType: 'hero', heading: 'Tjenester' },
    {
      blockType: 'richTextSection',
      heading: 'Infra og tjenester',
      content: richText(...infrastructureFirst),
    },
    { blockType: 'richTextSection', heading: 'Hittil', content: richText(toolsInUse) },
  ],
}
