import type { Endpoint } from 'payload'

import { isEditor } from '../../../access/roles'
import { assemblePageView, findViewPage } from '../view'

/**
 * GET /api/pages/view/:slug: a published page and the site settings in one response, so a page
 * view costs web a single request. Runs with the caller's own access: drafts only for editors.
 */
export const pageView: Endpoint = {
  path: '/view/:slug',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    // Drafts are for editors; anyone else asking gets the published version.
    const draft = req.query?.draft === 'true' && isEditor(req.user)
    const access = { draft, overrideAccess: false }
    const page = findViewPage(req, { slug: { equals: slug } }, access)
    return Response.json(await assemblePageView(req, page, access), {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
