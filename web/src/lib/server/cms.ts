// The one door from web to the CMS: REST with the service user's API key, every response parsed
// with the shared schemas, published content cached (see contentCache.ts). Nothing else in web knows the
// CMS's address. Only published content is cached; the live preview's drafts pass uncached.
// The cached content is also kept on disk (contentSnapshot.ts) for a start with the CMS down.
// The CMS's change events (content/changeStream.ts) make it fetch everything again at once.
import {
  changesStreamPath,
  pageListSchema,
  pageViewSchema,
  type PageView,
  type PreviewCollection,
} from '@dk/shared'
import type { z } from 'zod'

import { ChangeStream } from './content/changeStream.ts'
import { ContentCache } from './contentCache.ts'
import { readSnapshot, SnapshotWriter, writeSnapshot } from './contentSnapshot.ts'
import { env } from './env.ts'
import { log } from './log.ts'

const requestTimeoutMs = 3_000

export class CmsError extends Error {}

/** Each parsed answer's raw JSON, for the snapshot (which stores what the CMS sent). */
const rawAnswers = new WeakMap<object, unknown>()

async function getJson<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const { CMS_URL, CMS_API_KEY } = env()
  const response = await fetch(new URL(path, CMS_URL), {
    headers: { Authorization: `users API-Key ${CMS_API_KEY}`, Accept: 'application/json' },
    signal: AbortSignal.timeout(requestTimeoutMs),
  })
  if (!response.ok) throw new CmsError(`CMS ${path} svarte ${response.status}`)
  const raw: unknown = await response.json()
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new CmsError(`CMS ${path}: ugyldig innhold: ${parsed.error.message}`)
  if (typeof parsed.data === 'object' && parsed.data !== null) rawAnswers.set(parsed.data, raw)
  return parsed.data
}

export type PageListing = z.infer<typeof pageListSchema>['docs']

// Fresh content from the CMS is saved to disk a moment later, many answers in one write; never
// for a visitor's request as such (a value served from the cache is not stored again).
const snapshotWriter = new SnapshotWriter(saveSnapshot, 1_000, (error) =>
  log.warn('snapshot', `kunne ikke lagre innholdet på disk: ${errorKind(error)}`),
)
const cacheOptions = {
  maxAgeMs: 60_000,
  maxEntries: 500,
  retryDelayMs: 5_000,
  onError: (key: string, error: unknown) =>
    log.warn('cms', `${key}: ${error instanceof Error ? error.message : String(error)}`),
  onChange: () => snapshotWriter.schedule(),
}
// Any visitor can ask for any address: the answers for pages that do not exist are kept apart
// (a few, briefly, never refreshed), so made-up addresses never push real pages out.
const views = new ContentCache<PageView>({
  ...cacheOptions,
  absent: { is: (view) => view.page === null, maxEntries: 100 },
})
const listings = new ContentCache<PageListing>(cacheOptions)

const viewSchema = pageViewSchema((reason) => log.warn('cms', `hopper over en seksjon: ${reason}`))

const loadView = (slug: string) => () =>
  getJson(`/api/pages/view/${encodeURIComponent(slug)}`, viewSchema)

/** A published page with the site settings; `page` is null when no page has that slug. */
export function pageView(slug: string): Promise<PageView> {
  return views.get(slug, loadView(slug))
}

/** Every published page's slug and last change, for the sitemap. */
export function pageList(): Promise<PageListing> {
  return listings.get('pages', loadPageList)
}

async function loadPageList(): Promise<PageListing> {
  const query =
    'limit=500&depth=0&select[slug]=true&select[updatedAt]=true&select[seo][noIndex]=true'
  const list = await getJson(`/api/pages?${query}`, pageListSchema)
  rawAnswers.set(list.docs, rawAnswers.get(list))
  return list.docs
}

export type DraftPreview = { view: PageView } | { refused: 401 | 403 | 404 }

/**
 * The latest draft of a document as a page view, for the live preview. Never cached: the signed
 * token from the admin link is the credential, checked by the CMS (GET /api/preview/…).
 */
export async function draftPreview(
  collection: PreviewCollection,
  id: string,
  token: string,
): Promise<DraftPreview> {
  const path = `/api/preview/${collection}/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`
  const response = await fetch(new URL(path, env().CMS_URL), {
    headers: { Accept: 'application/json' },
    signal: AbortSignal.timeout(requestTimeoutMs),
  })
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    return { refused: response.status }
  }
  if (!response.ok) throw new CmsError(`CMS forhåndsvisning svarte ${response.status}`)
  const parsed = viewSchema.safeParse(await response.json())
  if (!parsed.success)
    throw new CmsError(`CMS forhåndsvisning: ugyldig innhold: ${parsed.error.message}`)
  return { view: parsed.data }
}

/** The CMS announced a change: forget everything and fetch it again at once. */
export async function contentChanged(): Promise<void> {
  views.invalidateAll()
  listings.invalidateAll()
  await Promise.all([views.refreshAll(), listings.refreshAll()])
}

const changeStream = new ChangeStream({
  connect: (signal) =>
    fetch(new URL(changesStreamPath, env().CMS_URL), {
      headers: {
        Authorization: `users API-Key ${env().CMS_API_KEY}`,
        Accept: 'text/event-stream',
        // Uncompressed: a compressing proxy could otherwise hold events back.
        'Accept-Encoding': 'identity',
      },
      signal,
    }),
  refresh: contentChanged,
  onChange: (change) =>
    log.info('changes', `${change.collection}/${change.slug ?? change.id} (${change.op})`),
  log: {
    info: (message) => log.info('changes', message),
    warn: (message) => log.warn('changes', message),
  },
})

/** Subscribes to the CMS's change events, for as long as the process runs. */
export function startChangeStream(): void {
  changeStream.start()
}

/** Whether the change events arrive now (for /hooks/readyz). */
export function changeStreamState() {
  return changeStream.state()
}

/** Safety net, also while the change stream is down: re-fetch everything known every few minutes. */
export function startPeriodicRefresh(intervalMs = 5 * 60_000): void {
  setInterval(
    () => void Promise.all([views.refreshAll(), listings.refreshAll()]),
    intervalMs,
  ).unref()
}

/** Readiness: does the CMS answer right now (bypassing the cache)? */
export async function cmsAnswers(): Promise<boolean> {
  try {
    const { CMS_URL } = env()
    const response = await fetch(new URL('/api/health', CMS_URL), {
      signal: AbortSignal.timeout(2_000),
    })
    return response.ok
  } catch {
    return false
  }
}

/** Values that came from the snapshot on disk, until the CMS's answers replace them. */
const fromSnapshot = new WeakSet<object>()
let snapshotSavedAt: string | undefined

/**
 * At start: the content saved by an earlier run becomes the cache's fallback, so the site is served
 * while the CMS is unreachable; each entry is fetched afresh on its first read all the same.
 */
export async function loadSnapshot(): Promise<void> {
  const dir = env().SNAPSHOT_DIR
  const snapshot = await readSnapshot(dir, (reason) =>
    log.warn('snapshot', `ignorerer lagret innhold i ${dir}: ${reason}`),
  )
  if (!snapshot) return
  for (const [slug, { view, raw }] of snapshot.views) {
    rawAnswers.set(view, raw)
    fromSnapshot.add(view)
    views.seed(slug, view, loadView(slug))
  }
  if (snapshot.pages) {
    rawAnswers.set(snapshot.pages.docs, snapshot.pages.raw)
    fromSnapshot.add(snapshot.pages.docs)
    listings.seed('pages', snapshot.pages.docs, loadPageList)
  }
  snapshotSavedAt = snapshot.savedAt
  log.info('snapshot', `lastet ${snapshot.views.size} sider fra ${snapshot.savedAt}`)
}

/** Where the content served now comes from: `snapshot` while any of it is still the saved one. */
export function contentSource(): { content: 'live' | 'snapshot'; snapshotSavedAt?: string } {
  const values = [...views.entries(), ...listings.entries()].map(([, value]) => value)
  return values.some((value) => fromSnapshot.has(value))
    ? { content: 'snapshot', snapshotSavedAt }
    : { content: 'live' }
}

let lastSaved: string | undefined

async function saveSnapshot(): Promise<void> {
  const content = {
    views: Object.fromEntries(
      views.entries().flatMap(([slug, view]) => {
        const raw = rawAnswers.get(view)
        return raw === undefined ? [] : [[slug, raw]]
      }),
    ),
    pages: listings.entries().map(([, docs]) => rawAnswers.get(docs))[0] ?? null,
  }
  // The periodic refresh brings the same content again and again: nothing to write then.
  const serialized = JSON.stringify(content)
  if (serialized === lastSaved) return
  await writeSnapshot(env().SNAPSHOT_DIR, content)
  lastSaved = serialized
}

/** The error's name and code, never its message (it may hold a path). */
function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return 'ukjent feil'
  return [error.name, (error as NodeJS.ErrnoException).code].filter(Boolean).join(' ')
}
