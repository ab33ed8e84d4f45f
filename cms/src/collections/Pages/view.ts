import type { PayloadRequest, Where } from 'payload'

import type { Page } from '../../payload-types'

/** What a page view shows of a page; web parses it with the shared pageViewSchema. */
const pageViewSelect = {
  title: true,
  slug: true,
  layout: true,
  seo: true,
  updatedAt: true,
} as const

/** The first page matching `where`, as much of it as a page view shows, or null. */
export function findViewPage(
  req: PayloadRequest,
  where: Where,
  { draft, overrideAccess }: { draft: boolean; overrideAccess: boolean },
) {
  return req.payload
    .find({
      collection: 'pages',
      where,
      limit: 1,
      depth: 1,
      draft,
      overrideAccess,
      req,
      select: pageViewSelect,
    })
    .then((pages) => pages.docs[0] ?? null)
}

/**
 * A page with the site settings and, when the page has the sign-up form, the form's choices (the
 * contribution areas): everything one page view needs. `drafts` reads the areas' drafts too (the
 * live preview); otherwise the caller's own access decides.
 */
export async function assemblePageView<P extends Pick<Page, 'layout'>>(
  req: PayloadRequest,
  loadPage: Promise<P | null>,
  { drafts = false }: { drafts?: boolean } = {},
) {
  const [page, settings] = await Promise.all([
    loadPage,
    req.payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false, req }),
  ])
  const hasForm = page?.layout?.some((block) => block.blockType === 'signupForm')
  const interestOptions = hasForm
    ? (
        await req.payload.find({
          collection: 'contribution-areas',
          sort: '_order',
          limit: 100,
          depth: 0,
          draft: drafts,
          overrideAccess: drafts ? true : false,
          req,
          select: { key: true, formLabel: true },
        })
      ).docs.map(({ key, formLabel }) => ({ key, label: formLabel }))
    : []
  return { page, settings, interestOptions }
}
