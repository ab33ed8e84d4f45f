import type { ImageBlock, Page } from '../../../payload-types'
import type { SeedImage } from '../images'

type Block = NonNullable<Page['layout']>[number]

/** An image block names the seed image; the seed uploads it (once) and puts in its id. */
export type SeedImageBlock = Omit<ImageBlock, 'image'> & { image: SeedImage }

/** A page as the seed writes it; the seed publishes it and finds it again by its slug. */
export type SeedPage = Pick<Page, 'title' | 'slug' | 'seo'> & {
  layout: (Exclude<Block, ImageBlock> | SeedImageBlock)[]
}
