// Payload's REST API called in-process: the same route handlers Next.js mounts at /api, without
// an HTTP server (Payload's own test suite does the same). Access rules run exactly as in production.
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

export type Credentials = { apiKey: string } | { token: string } | undefined

type RequestOptions = {
  auth?: Credentials
  query?: Record<string, string>
  /** JSON, or FormData for an upload (multipart, with the fields as JSON in `_payload`). */
  body?: unknown
  /** Extra request headers, e.g. the X-Forwarded-For a proxy would add. */
  headers?: Record<string, string>
}

export type RestResponse = { status: number; headers: Headers; body: any }

function authorization(auth: Credentials): Record<string, string> {
  if (!auth) return {}
  if ('apiKey' in auth) return { Authorization: `users API-Key ${auth.apiKey}` }
  return { Authorization: `JWT ${auth.token}` }
}

export async function rest(
  method: keyof typeof handlers,
  path: string,
  { auth, query, body, headers: extra }: RequestOptions = {},
): Promise<RestResponse> {
  const url = new URL(`http://localhost/api${path}`)
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value)
  const headers = new Headers({ ...extra, ...authorization(auth) })
  const multipart = body instanceof FormData
  if (body !== undefined && !multipart) headers.set('Content-Type', 'application/json')
  const request = new Request(url, {
    method,
    headers,
    body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
  })
  const slug = path.split('/').filter(Boolean)
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    // JSON when the handler says so (CSV and other downloads stay text).
    body: !text
      ? undefined
      : response.headers.get('content-type')?.includes('json')
        ? JSON.parse(text)
        : text,
  }
}
