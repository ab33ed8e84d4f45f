// The one door from web to the CMS: REST with the service user's API key, every response parsed
// with the shared schemas, published content cached (see contentCache.ts). Nothing else in web knows the
// CMS's address. Only published content is cached; the live preview's drafts pass uncached.
import { pageListSchema, pageViewSchema, type PageView, type PreviewCollection } from '@dk/shared'
import type { z } from 'zod'

import { ContentCache } from './contentCache.ts'
import { env } from './env.ts'
import { log } from './log.ts'

const requestTimeoutMs = 3_000

export class CmsError extends Error {}

async function getJson<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const { CMS_URL, CMS_API_KEY } = env()
  const response = await fetch(new URL(path, CMS_URL), {
    headers: { Authorization: `users API-Key ${CMS_API_KEY}`, Accept: 'application/json' },
    signal: AbortSignal.timeout(requestTimeoutMs),
  })
  if (!response.ok) throw new CmsError(`CMS ${path} svarte ${response.status}`)
  const parsed = schema.safeParse(await response.json())
  if (!parsed.success) throw new CmsError(`CMS ${path}: ugyldig innhold: ${parsed.error.message}`)
  return parsed.data
}

export type PageListing = z.infer<typeof pageListSchema>['docs']

const cacheOptions = {
  maxAgeMs: 60_000,
  maxEntries: 500,
  retryDelayMs: 5_000,
  onError: (key: string, error: unknown) =>
    log.warn('cms', `${key}: ${error instanceof Error ? error.message : String(error)}`),
}
// Any visitor can ask for any address: the answers for pages that do not exist are kept apart
// (a few, briefly, never refreshed), so made-up addresses never push real pages out.
const views = new ContentCache<PageView>({
  ...cacheOptions,
  absent: { is: (view) => view.page === null, maxEntries: 100 },
})
const listings = new ContentCache<PageListing>(cacheOptions)

const viewSchema = pageViewSchema((reason) => log.warn('cms', `hopper over en seksjon: ${reason}`))

/** A published page with the site settings; `page` is null when no page has that slug. */
export function pageView(slug: string): Promise<PageView> {
  return views.get(slug, () => getJson(`/api/pages/view/${encodeURIComponent(slug)}`, viewSchema))
}

/** Every published page's slug and last change, for the sitemap. */
export function pageList(): Promise<PageListing> {
  const query =
    'limit=500&depth=0&select[slug]=true&select[updatedAt]=true&select[seo][noIndex]=true'
  return listings.get(
    'pages',
    async () => (await getJson(`/api/pages?${query}`, pageListSchema)).docs,
  )
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

/** Safety net for missed announcements: re-fetch everything known every few minutes. */
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
