import { isPreviewCollection, verifyPreviewToken } from '@dk/shared'
import type { Endpoint } from 'payload'

import { previewSecret } from './secret'
import { previewView } from './previewView'

// A draft is never stored by a cache or shown by a search engine, whatever the answer.
const headers = { 'Cache-Control': 'no-store, private', 'X-Robots-Tag': 'noindex, nofollow' }

const refuse = (status: 401 | 403 | 404, error: string) =>
  Response.json({ error }, { status, headers })

/**
 * GET /api/preview/:collection/:id?token=…: the page view of a document's latest draft, for web's
 * live preview route. The signed token (minted for an editor in the admin, see
 * preview/livePreview.ts) is the only credential: web's service user never gets draft access.
 */
export const preview: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const collection = String(req.routeParams?.collection ?? '')
    const id = String(req.routeParams?.id ?? '')
    const token = typeof req.query?.token === 'string' ? req.query.token : ''
    if (!token) return refuse(401, 'Forhåndsvisningen mangler nøkkel. Åpne den fra admin.')
    const valid =
      isPreviewCollection(collection) &&
      /^\d{1,12}$/.test(id) &&
      (await verifyPreviewToken(previewSecret(), token, collection, id))
    if (!valid) return refuse(403, 'Lenken til forhåndsvisningen er ugyldig eller utløpt.')
    const view = await previewView(req, collection, Number(id))
    if (!view) return refuse(404, 'Fant ingen side å vise dette på.')
    return Response.json(view, { headers })
  },
}
