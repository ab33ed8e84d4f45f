// A first version from seed sentences only: the "Bli medlem" card of seed 000 §8 and the
// "Bli medlem/påvirk" points of seed 001. How to join is not in the seed yet.
import { bulletList, richText } from '../../lexical'
import { joinCardText } from './byggMedOss'
import { memberBenefits } from './forside'
import type { SeedPage } from './seedPage'

export const bliMedlem: SeedPage = {
  title: 'Bli medlem',
  slug: 'bli-medlem',
  seo: { description: joinCardText },
  layout: [
    { blockType: 'hero', heading: 'Bli medlem', lead: joinCardText },
    { blockType: 'richTextSection', content: richText(bulletList(...memberBenefits)) },
  ],
}
