// Edit to live: the administrator publishes a new title for a problem card over REST, and we poll
// the page until a visitor would see it. The clock starts when the publishing request is sent, as
// when an editor presses «Publiser», so it includes the CMS's save and its revalidation call.
import type { CmsAdmin } from './cmsAdmin.ts'
import type { EditToLive } from './results.ts'
import { median, percentile } from './stats.ts'

type Card = { id: number; title: string }
type Options = { admin: CmsAdmin; webUrl: string; route: string; edits: number }

const giveUpMs = 10_000
const pollEveryMs = 10

export async function measureEditToLive({
  admin,
  webUrl,
  route,
  edits,
}: Options): Promise<EditToLive> {
  const { docs } = await admin.request<{ docs: Card[] }>(
    '/problem-cards?where[_status][equals]=published&limit=1&depth=0',
  )
  const card = docs[0]
  if (!card) throw new Error('no published problem card to edit')
  const pageText = async () =>
    (await fetch(`${webUrl}${route}`, { signal: AbortSignal.timeout(giveUpMs) })).text()
  if (!(await pageText()).includes(escapeHtml(card.title)))
    throw new Error(`${route} does not show the problem card «${card.title}»`)

  const run = Math.random().toString(36).slice(2, 8)
  const liveMs: number[] = []
  const saveMs: number[] = []
  let timeouts = 0
  try {
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `b${run}e${edit}`
      const started = performance.now()
      await publishTitle(admin, card.id, `${card.title.slice(0, 60)} ${marker}`)
      saveMs.push(performance.now() - started)
      const seen = await waitFor(pageText, marker, started)
      if (seen === undefined) timeouts++
      liveMs.push(seen ?? giveUpMs)
    }
  } finally {
    await publishTitle(admin, card.id, card.title)
  }
  return {
    edits,
    medianMs: median(liveMs),
    p95Ms: percentile(liveMs, 95),
    maxMs: Math.max(...liveMs),
    saveMedianMs: median(saveMs),
    timeouts,
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
