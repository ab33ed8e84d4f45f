import { stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'

/**
 * How long a browser (or a cache between) keeps an uploaded image before asking again. Not
 * `immutable`: a URL does not always keep its bytes. Payload writes a changed crop or focal point
 * over the same file names, and a name freed by a deleted image is given to the next upload of
 * that name. So a short lifetime, after which the ETag / Last-Modified make asking again cheap
 * (304, no body). A replaced file under the same document usually gets a new name (Payload adds
 * «-1»), and web's pages then point at the new URL at once.
 */
export const mediaCacheControl = 'public, max-age=600'

const filePath = /^\/api\/media\/file\/([^/]+)$/

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

type Validators = { etag: string; lastModified: string; modifiedSeconds: number }

async function validatorsFor(staticDir: string, name: string): Promise<Validators | null> {
  const dir = resolve(staticDir)
  const path = resolve(dir, name)
  if (!path.startsWith(dir + sep)) return null
  try {
    const stats = await stat(path)
    if (!stats.isFile()) return null
    const modifiedSeconds = Math.floor(stats.mtimeMs / 1000)
    return {
      etag: `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`,
      lastModified: new Date(modifiedSeconds * 1000).toUTCString(),
      modifiedSeconds,
    }
  } catch {
    return null
  }
}

/** The request's copy is still the file's (RFC 9110 13.1.2 / 13.1.3, weak comparison). */
function notModified(headers: Headers, validators: Validators): boolean {
  const ifNoneMatch = headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    const wanted = validators.etag.replace(/^W\//, '')
    return (
      ifNoneMatch.trim() === '*' ||
      ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === wanted)
    )
  }
  const since = Date.parse(headers.get('if-modified-since') ?? '')
  return !Number.isNaN(since) && validators.modifiedSeconds * 1000 <= since
}

/**
 * Payload serves an upload (GET /api/media/file/<name>) with no cache lifetime and no validators.
 * This adds both to its answer, and answers 304 to a request whose copy is still current. Payload
 * answers first, so its access check and errors stay as they are; a 304 drops the body unread.
 */
export function withMediaCaching(get: Handler, staticDir: string): Handler {
  return async (request, context) => {
    const match = filePath.exec(new URL(request.url).pathname)
    const response = await get(request, context)
    if (!match || response.status !== 200) return response
    let name: string
    try {
      name = decodeURIComponent(match[1]!)
    } catch {
      return response
    }
    const validators = await validatorsFor(staticDir, name)
    if (!validators) return response
    const headers = new Headers(response.headers)
    headers.set('Cache-Control', mediaCacheControl)
    headers.set('ETag', validators.etag)
    headers.set('Last-Modified', validators.lastModified)
    if (notModified(request.headers, validators)) {
      await response.body?.cancel()
      for (const name of ['content-length', 'content-type', 'accept-ranges']) headers.delete(name)
      return new Response(null, { status: 304, headers })
    }
    return new Response(response.body, { status: response.status, headers })
  }
}
