// Rendered HTML of content pages, reused for as long as the content it was rendered from is the
// current one. A page is the same for every visitor (no cookies, no nonces: the CSP uses hashes)
// except the forms' signed start time (`startedAt`, for the minimum fill time), which is signed
// afresh each time a stored page is served. The content cache hands out the same object until the content
// changes, so comparing that object is the whole invalidation: no version to keep in step.

export type RenderedPage = {
  /** The content object the page was rendered from. */
  source: object
  body: string
  headers: [string, string][]
}

export class RenderedPages {
  readonly #pages = new Map<string, RenderedPage>()

  constructor(private readonly maxEntries: number) {}

  /** The stored page for `path`, if it was rendered from `source` itself. */
  get(path: string, source: object): RenderedPage | undefined {
    const page = this.#pages.get(path)
    if (page?.source !== source) return undefined
    // Keep recently used pages at the end, so eviction drops the least recently used.
    this.#pages.delete(path)
    this.#pages.set(path, page)
    return page
  }

  put(path: string, page: RenderedPage): void {
    this.#pages.delete(path)
    this.#pages.set(path, page)
    while (this.#pages.size > this.maxEntries) {
      const oldest = this.#pages.keys().next().value
      if (oldest === undefined) return
      this.#pages.delete(oldest)
    }
  }
}

const startTime = /(name="startedAt" value=")[\w.-]*(")/g

/** The page's forms with `startedAt` (signed, forms/startTime.ts): the fill time counts from now. */
export function withStartTime(body: string, startedAt: string): string {
  return body.replace(startTime, `$1${startedAt}$2`)
}

/**
 * The page at `path` from the store when it was rendered from `source`; otherwise rendered now and,
 * when it is an ordinary page for everyone (200, HTML, no cookie), stored for the next visitor.
 */
export async function reuseOrRender(
  pages: RenderedPages,
  path: string,
  source: object,
  render: () => Promise<Response>,
  startedAt: () => string,
): Promise<Response> {
  const stored = pages.get(path, source)
  if (stored)
    return new Response(withStartTime(stored.body, startedAt()), { headers: stored.headers })
  const response = await render()
  if (
    response.status !== 200 ||
    !response.headers.get('content-type')?.startsWith('text/html') ||
    response.headers.has('set-cookie')
  )
    return response
  const body = await response.text()
  pages.put(path, { source, body, headers: [...response.headers] })
  return new Response(body, { status: 200, headers: response.headers })
}
