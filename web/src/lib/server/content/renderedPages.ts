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
  /** The body cut where the start times go (startTimeSlots): joined with one per visit. */
  slots: string[]
  /** The last answer made from it, reused by the visits of the same startTimeStepMs. */
  latest?: { at: number; body: Uint8Array<ArrayBuffer>; etag: string }
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

/**
 * The body cut at its forms' start time values, without them: joined with a start time it is the
 * page as served. Cut once when a page is kept, so a visit costs one join, not a search of the page.
 */
export function startTimeSlots(body: string): string[] {
  const slots: string[] = []
  let from = 0
  for (const match of body.matchAll(startTime)) {
    slots.push(body.slice(from, match.index + match[1]!.length))
    from = match.index + match[0].length - match[2]!.length
  }
  slots.push(body.slice(from))
  return slots
}

/** The page's forms with `startedAt` (signed, signup/startTime.ts): the fill time counts from now. */
export function withStartTime(body: string, startedAt: string): string {
  return startTimeSlots(body).join(startedAt)
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

/**
 * Visits this close together get the same start time, and so the same bytes: a burst of visits
 * costs one signature and one copy of the page per step instead of one per visit, which is what
 * lets a kept page be served about as fast as a file. The minimum fill time then counts from the
 * start of the step, at most this much before the visit: nothing a person filling in a form notices,
 * and a bot gains less than it would by waiting a second. (The start time was never a nonce.)
 */
export const startTimeStepMs = 1_000

const utf8 = new TextEncoder()

/** One visit: when it happens, the start time to sign into the forms, and what the browser holds. */
export type Visit = {
  now: number
  startedAt: (at: number) => string
  ifNoneMatch: string | null
}

/**
 * What a visit gets: the tag of the browser's copy when it is still good (304), otherwise the page
 * with a fresh start time and its tag.
 */
export function answerVisit(
  page: RenderedPage,
  visit: Visit,
): { held: string } | { body: Uint8Array<ArrayBuffer>; etag: string } {
  const held = heldCopy(page, visit.ifNoneMatch, visit.now)
  // The tag the browser sent, not a new one: its copy keeps the start time that tag dates.
  if (held) return { held }
  const at = visit.now - (visit.now % startTimeStepMs)
  if (page.latest?.at !== at) {
    // Bytes, once: the same answer is written to every visitor of this step.
    const body = utf8.encode(page.slots.join(visit.startedAt(at)))
    page.latest = { at, body, etag: etag(page, at) }
  }
  return { body: page.latest.body, etag: page.latest.etag }
}

/** The stored page for this visit: 304 when the browser's copy is still good, else with a fresh start time. */
export function servePage(page: RenderedPage, visit: Visit): Response {
  const answer = answerVisit(page, visit)
  if ('held' in answer) return new Response(null, { status: 304, headers: { etag: answer.held } })
  const headers = new Headers(page.headers)
  headers.set('etag', answer.etag)
  return new Response(answer.body, { status: 200, headers })
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
  const page = {
    source,
    body,
    headers: [...response.headers],
    version: pageVersion(path, body),
    slots: startTimeSlots(body),
  }
  pages.put(path, page)
  return servePage(page, visit)
}
