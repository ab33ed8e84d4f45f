import type { PayloadRequest, Where } from 'payload'

import type { Page } from '../../payload-types'
import { fillGrids } from './fillGrids'

/** What a page view shows of a page; web parses it with the shared pageViewSchema. */
const pageViewSelect = {
  title: true,
  slug: true,
  layout: true,
  seo: true,
  updatedAt: true,
} as const

type ViewAccess = { draft: boolean; overrideAccess: boolean }

/** The first page matching `where`, as much of it as a page view shows, or null. */
export function findViewPage(
  req: PayloadRequest,
  where: Where,
  { draft, overrideAccess }: ViewAccess,
) {
  return req.payload
    .find({
      collection: 'pages',
      where,
      limit: 1,
      // 2: a grid's chosen cards (1) and their images (2); an image block's image needs 1.
      depth: 2,
      draft,
      overrideAccess,
      req,
      select: pageViewSelect,
    })
    .then((pages) => pages.docs[0] ?? null)
}

/**
 * A page with the site settings and, when the page has the sign-up form, the form's choices (the
 * contribution areas): everything one page view needs. Its grids without a choice of their own
 * are filled here, and only here (fillGrids). `access` is the page read's own: the live preview
 * reads every draft, anyone else what their access allows. The settings are read the same way
 * unless `settingsAccess` says otherwise (the settings' own preview: their draft on a published
 * page); web's service user gets the published settings only (their read access).
 */
export async function assemblePageView<P extends Pick<Page, 'layout'>>(
  req: PayloadRequest,
  loadPage: Promise<P | null>,
  access: ViewAccess,
  settingsAccess: ViewAccess = access,
) {
  const [found, settings] = await Promise.all([
    loadPage,
    req.payload.findGlobal({ slug: 'site-settings', depth: 1, ...settingsAccess, req }),
  ])
  const page = found && { ...found, layout: await fillGrids(req, found.layout, access) }
  const hasForm = page?.layout?.some((block) => block.blockType === 'signupForm')
  const interestOptions = hasForm
    ? (
        await req.payload.find({
          collection: 'contribution-areas',
          sort: '_order',
          limit: 100,
          depth: 0,
          ...access,
          req,
          select: { key: true, formLabel: true },
        })
      ).docs.map(({ key, formLabel }) => ({ key, label: formLabel }))
    : []
  return { page, settings, interestOptions }
}
