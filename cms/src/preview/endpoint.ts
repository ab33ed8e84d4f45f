import {
  isPreviewCollection,
  previewRefusal,
  previewViewEndpointPath,
  verifyPreviewToken,
  type PreviewRefusal,
} from '@dk/shared'
import type { Endpoint } from 'payload'

import { previewSecret } from './secret'
import { previewView } from './previewView'

// A draft is never stored by a cache or shown by a search engine, whatever the answer.
const headers = { 'Cache-Control': 'no-store, private', 'X-Robots-Tag': 'noindex, nofollow' }

const refuse = (status: PreviewRefusal, error: string) =>
  Response.json({ error }, { status, headers })

/**
 * GET /api/preview/:collection/:id?token=…: the page view of a document's latest draft, for web's
 * live preview route. The signed token (minted for an editor in the admin, see
 * preview/livePreview.ts) is the only credential: web's service user never gets draft access.
 */
export const preview: Endpoint = {
  path: previewViewEndpointPath,
  method: 'get',
  handler: async (req) => {
    const collection = String(req.routeParams?.collection ?? '')
    const id = String(req.routeParams?.id ?? '')
    const token = typeof req.query?.token === 'string' ? req.query.token : ''
    if (!token)
      return refuse(previewRefusal.noToken, 'Forhåndsvisningen mangler nøkkel. Åpne den fra admin.')
    const valid =
      isPreviewCollection(collection) &&
      /^\d{1,12}$/.test(id) &&
      (await verifyPreviewToken(previewSecret(), token, collection, id))
    if (!valid)
      return refuse(
        previewRefusal.badToken,
        'Lenken til forhåndsvisningen er ugyldig eller utløpt.',
      )
    const view = await previewView(req, collection, Number(id))
    if (!view) return refuse(previewRefusal.nothingToShow, 'Fant ingen side å vise dette på.')
    return Response.json(view, { headers })
  },
}
