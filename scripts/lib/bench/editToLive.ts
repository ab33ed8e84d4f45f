// Edit to live: the administrator publishes a new title for a problem card over REST, and we poll
// the page on every web replica until a visitor would see it there. The clock starts when the
// publishing request is sent, as when an editor presses «Publiser», so it includes the CMS's save,
// the commit's change event and each replica's re-fetch. An edit is live when the slowest replica
// shows it: that replica's time is the edit's, and each replica's own numbers are reported too.
import type { CmsAdmin } from './cmsAdmin.ts'
import type { EditToLive } from './results.ts'
import { median, percentile } from './stats.ts'

type Card = { id: number; title: string }
type Options = {
  admin: CmsAdmin
  /** One web (`webUrl`) or every replica (`webUrls`), each asked directly, not through a proxy. */
  webUrl?: string
  webUrls?: string[]
  route: string
  edits: number
}

export type ReplicaEditToLive = {
  webUrl: string
  medianMs: number
  p95Ms: number
  maxMs: number
  timeouts: number
}

/** The slowest replica's numbers per edit, and each replica's own. */
export type EditToLiveOnReplicas = EditToLive & { replicas: ReplicaEditToLive[] }

const giveUpMs = 10_000
const pollEveryMs = 10

export async function measureEditToLive({
  admin,
  webUrl,
  webUrls = webUrl ? [webUrl] : [],
  route,
  edits,
}: Options): Promise<EditToLiveOnReplicas> {
  if (webUrls.length === 0) throw new Error('no web replica to measure')
  const { docs } = await admin.request<{ docs: Card[] }>(
    '/problem-cards?where[_status][equals]=published&limit=1&depth=0',
  )
  const card = docs[0]
  if (!card) throw new Error('no published problem card to edit')
  const pageText = (base: string) => async () =>
    (await fetch(`${base}${route}`, { signal: AbortSignal.timeout(giveUpMs) })).text()
  for (const base of webUrls)
    if (!(await pageText(base)()).includes(escapeHtml(card.title)))
      throw new Error(`${base}${route} does not show the problem card «${card.title}»`)

  const run = Math.random().toString(36).slice(2, 8)
  // Per edit: each replica's time (undefined: never showed within the limit).
  const seenMs: (number | undefined)[][] = []
  const saveMs: number[] = []
  try {
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `b${run}e${edit}`
      const started = performance.now()
      await publishTitle(admin, card.id, `${card.title.slice(0, 60)} ${marker}`)
      saveMs.push(performance.now() - started)
      seenMs.push(
        await Promise.all(webUrls.map((base) => waitFor(pageText(base), marker, started))),
      )
    }
  } finally {
    await publishTitle(admin, card.id, card.title)
  }
  const slowest = seenMs.map((times) =>
    times.some((ms) => ms === undefined) ? undefined : Math.max(...(times as number[])),
  )
  return {
    ...summary(slowest),
    edits,
    saveMedianMs: median(saveMs),
    replicas: webUrls.map((base, replica) => ({
      webUrl: base,
      ...summary(seenMs.map((times) => times[replica])),
    })),
  }
}

/** Median, p95 and max of the times, a time-out counted at the limit. */
function summary(times: (number | undefined)[]) {
  const liveMs = times.map((ms) => ms ?? giveUpMs)
  return {
    medianMs: median(liveMs),
    p95Ms: percentile(liveMs, 95),
    maxMs: Math.max(...liveMs),
    timeouts: times.filter((ms) => ms === undefined).length,
  }
}

function publishTitle(admin: CmsAdmin, id: number, title: string) {
  return admin.request(`/problem-cards/${id}?draft=false`, {
    method: 'PATCH',
    body: { title, _status: 'published' },
  })
}

/** Milliseconds from `started` until the page contains `text`, or undefined after the limit. */
async function waitFor(pageText: () => Promise<string>, text: string, started: number) {
  while (performance.now() - started < giveUpMs) {
    if ((await pageText()).includes(text)) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, pollEveryMs))
  }
  return undefined
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
