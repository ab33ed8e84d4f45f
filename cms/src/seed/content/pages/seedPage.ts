import type { Page } from '../../../payload-types'

/** A page as the seed writes it; the seed publishes it and finds it again by its slug. */
export type SeedPage = Pick<Page, 'title' | 'slug' | 'layout' | 'seo'>
