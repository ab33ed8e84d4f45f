// Published content from the CMS, cached (contentCache.ts): page views by slug, the page list and
// the site settings, each its own request (through the one CMS client, cms/client.ts). The cached
// content is also kept on disk (contentSnapshot.ts) for a start with the CMS down. The live
// preview's drafts never pass through here.
import type { PageView, SiteSettings } from '@dk/shared'

import {
  CmsError,
  openChangeStream,
  readPageList,
  readPageView,
  readSiteSettings,
  type PageListing,
  type Read,
} from '../cms/client.ts'
import { env } from '../env.ts'
import { errorForLog, log } from '../log.ts'
import { ChangeStream } from './changeStream.ts'
import { ContentCache } from './contentCache.ts'
import { readSnapshot, SnapshotWriter, writeSnapshot } from './contentSnapshot.ts'

export type { PageListing }

/** Each cached value's raw JSON, for the snapshot (which stores what the CMS sent). */
const rawAnswers = new WeakMap<object, unknown>()

/** A read's value for the cache; anything but content throws (the cache keeps the last good). */
function loaded<T extends object>(what: string, { outcome, raw }: Read<T>): T {
  if (outcome.kind !== 'ok') throw new CmsError(what, outcome)
  rawAnswers.set(outcome.value, raw)
  return outcome.value
}

// Fresh content from the CMS is saved to disk a moment later, many answers in one write; never
// for a visitor's request as such (a value served from the cache is not stored again).
const snapshotWriter = new SnapshotWriter(saveSnapshot, 1_000, (error) =>
  log.warn('snapshot', `kunne ikke lagre innholdet på disk: ${errorForLog(error)}`),
)
const cacheOptions = {
  maxAgeMs: 60_000,
  maxEntries: 500,
  retryDelayMs: 5_000,
  onError: (key: string, error: unknown) => log.warn('cms', `${key}: ${errorForLog(error)}`),
  onChange: () => snapshotWriter.schedule(),
}
// Any visitor can ask for any address: the answers for pages that do not exist are kept apart
// (a few, briefly, never refreshed), so made-up addresses never push real pages out.
const views = new ContentCache<PageView>({
  ...cacheOptions,
  absent: { is: (view) => view.page === null, maxEntries: 100 },
})
const listings = new ContentCache<PageListing>(cacheOptions)
const settingsCache = new ContentCache<SiteSettings>(cacheOptions)
const settingsKey = 'settings'

const loadView = (slug: string) => async () => loaded('sidevisning', await readPageView(slug))
const loadPageList = async () => loaded('sidelisten', await readPageList())
const loadSettings = async () => loaded('innstillingene', await readSiteSettings())

/** A published page with its interest options; `page` is null when no page has that slug. */
export function pageView(slug: string): Promise<PageView> {
  return views.get(slug, loadView(slug))
}

/** Every published page's slug and last change, for the sitemap. */
export function pageList(): Promise<PageListing> {
  return listings.get('pages', loadPageList)
}

/** The published site settings: the frame around every page, CMS page or not. */
export function siteSettings(): Promise<SiteSettings> {
  return settingsCache.get(settingsKey, loadSettings)
}

const caches = [views, listings, settingsCache] as const

/** The CMS announced a change: forget everything and fetch it again at once. */
export async function contentChanged(): Promise<void> {
  for (const cache of caches) cache.invalidateAll()
  await Promise.all(caches.map((cache) => cache.refreshAll()))
}

// The CMS's change events (contracts/changes.ts): any change, or a (re)connect after which some may
// have been missed, makes web fetch everything again at once.
const changeStream = new ChangeStream({
  connect: openChangeStream,
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
  setInterval(() => void Promise.all(caches.map((cache) => cache.refreshAll())), intervalMs).unref()
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
  if (snapshot.settings) {
    rawAnswers.set(snapshot.settings.settings, snapshot.settings.raw)
    fromSnapshot.add(snapshot.settings.settings)
    settingsCache.seed(settingsKey, snapshot.settings.settings, loadSettings)
  }
  snapshotSavedAt = snapshot.savedAt
  log.info('snapshot', `lastet ${snapshot.views.size} sider fra ${snapshot.savedAt}`)
}

/** Where the content served now comes from: `snapshot` while any of it is still the saved one. */
export function contentSource(): { content: 'live' | 'snapshot'; snapshotSavedAt?: string } {
  const values = caches.flatMap((cache) => cache.entries().map(([, value]) => value as object))
  return values.some((value) => fromSnapshot.has(value))
    ? { content: 'snapshot', snapshotSavedAt }
    : { content: 'live' }
}

let lastSaved: string | undefined

async function saveSnapshot(): Promise<void> {
  const rawOf = <T extends object>(cache: ContentCache<T>) =>
    cache.entries().map(([, value]) => rawAnswers.get(value))[0] ?? null
  const content = {
    views: Object.fromEntries(
      views.entries().flatMap(([slug, view]) => {
        const raw = rawAnswers.get(view)
        return raw === undefined ? [] : [[slug, raw]]
      }),
    ),
    pages: rawOf(listings),
    settings: rawOf(settingsCache),
  }
  // The periodic refresh brings the same content again and again: nothing to write then.
  const serialized = JSON.stringify(content)
  if (serialized === lastSaved) return
  await writeSnapshot(env().SNAPSHOT_DIR, content)
  lastSaved = serialized
}
