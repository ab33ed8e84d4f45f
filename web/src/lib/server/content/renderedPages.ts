// Rendered HTML of content pages, reused for as long as the content it was rendered from is the
// current one. A page is the same for every visitor (no cookies, no nonces: the CSP uses hashes)
// except the forms' signed start time (`startedAt`, for the minimum fill time), which is signed
// afresh each time a stored page is served. The content cache hands out the same object until the content
// changes, so comparing that object is the whole invalidation: no version to keep in step.
import { createHash } from 'node:crypto'

import { evictOldest, touch } from '../lru.ts'
import { maxFormAgeMs } from '../signup/startTime.ts'

export type RenderedPage = {
  /** The content object the page was rendered from. */
  source: object
  body: string
  headers: [string, string][]
  /** Names this page's bytes apart from the start time: the core of its ETag. */
  version: string
}

export class RenderedPages {
  readonly #pages = new Map<string, RenderedPage>()

  constructor(private readonly maxEntries: number) {}

  /** Is a page stored for `path` (rendered from whatever content)? */
  has(path: string): boolean {
    return this.#pages.has(path)
  }

  /** The stored page for `path`, if it was rendered from `source` itself. */
  get(path: string, source: object): RenderedPage | undefined {
    const page = this.#pages.get(path)
    if (page?.source !== source) return undefined
    touch(this.#pages, path, page)
    return page
  }

  put(path: string, page: RenderedPage): void {
    touch(this.#pages, path, page)
    evictOldest(this.#pages, this.maxEntries)
  }
}

const startTime = /(name="startedAt" value=")[\w.-]*(")/g

/** The page's forms with `startedAt` (signed, signup/startTime.ts): the fill time counts from now. */
export function withStartTime(body: string, startedAt: string): string {
  return body.replace(startTime, `$1${startedAt}$2`)
}

/** What a page's ETag is made from: its address and its bytes, start times left out. */
export function pageVersion(path: string, body: string): string {
  return createHash('sha256')
    .update(`${path}\n${withStartTime(body, '')}`)
    .digest('base64url')
    .slice(0, 22)
}

/**
 * A browser may keep using its copy (304) only while the start time in it is young enough to be
 * accepted: a copy revalidated a day later would carry a start time the form refuses as a replay.
 * Half the form's maximum age leaves the visitor half a day to fill it in.
 */
export const maxRevalidateAgeMs = maxFormAgeMs / 2

// Weak: the bytes differ per visit (the start time), the page is the same. The serve time rides
// along, so a revalidation can tell how old the copy's start time is (forging it only fools the
// forger's own browser).
const etag = (page: RenderedPage, at: number) => `W/"${page.version}.${at.toString(36)}"`
const etagPattern = /^(?:W\/)?"([\w-]+)\.([0-9a-z]{1,11})"$/

/** The tag in `ifNoneMatch` under which the browser holds a still usable copy of `page`. */
function heldCopy(page: RenderedPage, ifNoneMatch: string | null, now: number) {
  for (const tag of ifNoneMatch?.split(',') ?? []) {
    const match = etagPattern.exec(tag.trim())
    if (!match || match[1] !== page.version) continue
    const age = now - parseInt(match[2] ?? '', 36)
    if (age >= 0 && age <= maxRevalidateAgeMs) return tag.trim()
  }
  return undefined
}

/** One visit: when it happens, the start time to sign into the forms, and what the browser holds. */
export type Visit = {
  now: number
  startedAt: (at: number) => string
  ifNoneMatch: string | null
}

/** The stored page for this visit: 304 when the browser's copy is still good, else with a fresh start time. */
export function servePage(page: RenderedPage, visit: Visit): Response {
  const held = heldCopy(page, visit.ifNoneMatch, visit.now)
  if (held) {
    // The tag the browser sent, not a new one: its copy keeps the start time that tag dates.
    return new Response(null, { status: 304, headers: { etag: held } })
  }
  const headers = new Headers(page.headers)
  headers.set('etag', etag(page, visit.now))
  return new Response(withStartTime(page.body, visit.startedAt(visit.now)), {
    status: 200,
    headers,
  })
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
  visit: Visit,
): Promise<Response> {
  const stored = pages.get(path, source)
  if (stored) return servePage(stored, visit)
  const response = await render()
  if (
    response.status !== 200 ||
    !response.headers.get('content-type')?.startsWith('text/html') ||
    response.headers.has('set-cookie')
  )
    return response
  const body = await response.text()
  const page = { source, body, headers: [...response.headers], version: pageVersion(path, body) }
  pages.put(path, page)
  return servePage(page, visit)
}
