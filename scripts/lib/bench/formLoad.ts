// The sign-up form under load: `submitters` people posting the form without JavaScript (the way
// content pages work), each again as soon as the last answer came, for `seconds`. Every
// submission is unique and carries a marker; afterwards the administrator counts what the CMS
// stored, so a lost or doubled submission shows.
//
// Each submission comes from its own client address (X-Forwarded-For, which web trusts like it
// does behind Caddy in production), so this measures the form's path to the CMS, not the
// per-address rate limit that would otherwise refuse all but the first five.
import { formStartedAt } from '../formStart.ts'
import type { CmsAdmin } from './cmsAdmin.ts'
import type { FormLoad } from './results.ts'
import { median, percentile } from './stats.ts'

type Options = {
  admin: CmsAdmin
  webUrl: string
  route: string
  submitters: number
  seconds: number
}

const answerWithinMs = 10_000

export async function measureFormLoad({
  admin,
  webUrl,
  route,
  submitters,
  seconds,
}: Options): Promise<FormLoad> {
  const { docs: areas } = await admin.request<{ docs: { key: string }[] }>(
    '/contribution-areas?where[_status][equals]=published&limit=100&depth=0',
  )
  if (areas.length === 0) throw new Error('no contribution areas to choose interests from')

  // One signed start time for every post: it stays valid for a day, and is not a nonce.
  const startedAt = await formStartedAt(`${webUrl}${route}`)
  const run = Math.random().toString(36).slice(2, 10)
  const domain = `bench-${run}.invalid`
  const accepted = new Set<string>()
  const latencies: number[] = []
  const counts = { attempts: 0, refused: 0, serverErrors: 0, noAnswer: 0 }
  let sequence = 0
  const deadline = performance.now() + seconds * 1000

  const submitter = async (person: number) => {
    while (performance.now() < deadline) {
      const n = ++sequence
      const email = `p${person}-${n}@${domain}`
      const body = new URLSearchParams({
        name: `Bench ${person} ${n}`,
        email,
        message: `Last ${run} nr. ${n}`,
        startedAt,
        website: '',
      })
      body.append('interests', areas[n % areas.length]!.key)
      counts.attempts++
      const started = performance.now()
      try {
        const response = await fetch(`${webUrl}${route}?/signup`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'text/html',
            origin: webUrl,
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(answerWithinMs),
        })
        const html = await response.text()
        latencies.push(performance.now() - started)
        if (response.status >= 500) counts.serverErrors++
        else if (response.status === 200 && html.includes('data-signup-success'))
          accepted.add(email)
        else counts.refused++
      } catch {
        counts.noAnswer++
      }
    }
  }
  await Promise.all(Array.from({ length: submitters }, (_, person) => submitter(person + 1)))

  // "Takk" means safe in web's outbox (and soon in the CMS); count once the outbox has delivered.
  const loadEnded = performance.now()
  await outboxDrained(webUrl)
  const deliveredAfterMs = performance.now() - loadEnded
  const stored = await storedEmails(admin, domain)
  const distinct = new Set(stored)
  if (counts.attempts > 0 && accepted.size === 0)
    throw new Error(
      `the form accepted none of ${counts.attempts} submissions (${counts.refused} refused, ${counts.serverErrors} 5xx, ${counts.noAnswer} unanswered)`,
    )
  return {
    submitters,
    seconds,
    attempts: counts.attempts,
    accepted: accepted.size,
    refused: counts.refused,
    serverErrors: counts.serverErrors,
    noAnswer: counts.noAnswer,
    stored: stored.length,
    lost: [...accepted].filter((email) => !distinct.has(email)).length,
    duplicated: stored.length - distinct.size,
    storedUnconfirmed: [...distinct].filter((email) => !accepted.has(email)).length,
    deliveredAfterMs,
    p50Ms: median(latencies),
    p95Ms: percentile(latencies, 95),
    maxMs: Math.max(...latencies),
  }
}

async function storedEmails(admin: CmsAdmin, domain: string): Promise<string[]> {
  const emails: string[] = []
  for (let page = 1; ; page++) {
    const result = await admin.request<{ docs: { email: string }[]; hasNextPage: boolean }>(
      `/form-submissions?where[email][like]=${encodeURIComponent(`@${domain}`)}` +
        `&select[email]=true&depth=0&limit=1000&page=${page}`,
    )
    emails.push(...result.docs.map((doc) => doc.email))
    if (!result.hasNextPage) return emails
  }
}

async function outboxDrained(webUrl: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const ready = (await (await fetch(`${webUrl}/hooks/readyz`)).json()) as {
      outbox: { pending: number } | null
    }
    if (ready.outbox?.pending === 0) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`web's outbox still had submissions waiting after ${timeoutMs / 1000} s`)
}
