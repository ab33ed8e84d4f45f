import type { Endpoint } from 'payload'

import { isEditor } from '../../../access/roles'

/**
 * GET /api/pages/view/:slug: a published page and the site settings in one response, so a page
 * view costs web a single request. Runs with the caller's own access: drafts only for editors.
 */
export const pageView: Endpoint = {
  path: '/view/:slug',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    // Drafts are for editors (live preview); anyone else asking gets the published version.
    const draft = req.query?.draft === 'true' && isEditor(req.user)
    const [pages, settings] = await Promise.all([
      req.payload.find({
        collection: 'pages',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 1,
        draft,
        overrideAccess: false,
        req,
        select: { title: true, slug: true, layout: true, seo: true, updatedAt: true },
      }),
      req.payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false, req }),
    ])
    const page = pages.docs[0] ?? null
    // A page with the sign-up form also needs the form's choices: the contribution areas.
    const hasForm = page?.layout?.some((block) => block.blockType === 'signupForm')
    const interestOptions = hasForm
      ? (
          await req.payload.find({
            collection: 'contribution-areas',
            sort: '_order',
            limit: 100,
            depth: 0,
            overrideAccess: false,
            req,
            select: { key: true, formLabel: true },
          })
        ).docs.map(({ key, formLabel }) => ({ key, label: formLabel }))
      : []
    return Response.json(
      { page, settings, interestOptions },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
