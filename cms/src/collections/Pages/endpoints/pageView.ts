import { pageViewEndpointPath } from '@dk/shared'
import type { Endpoint } from 'payload'

import { assemblePageView, findViewPage } from '../view'

/**
 * GET /api/pages/view/:slug: a published page and the site settings in one response, so a page
 * view costs web a single request. Runs with the caller's own access, published versions only:
 * drafts are shown through the live preview (preview/endpoint.ts), for editors too.
 */
export const pageView: Endpoint = {
  path: pageViewEndpointPath,
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const access = { draft: false, overrideAccess: false }
    const page = findViewPage(req, { slug: { equals: slug } }, access)
    return Response.json(await assemblePageView(req, page, access), {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
