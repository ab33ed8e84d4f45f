// The production topology with replicas, on loopback: 3 web and 2 cms production builds on one
// PostgreSQL, behind a real Caddy running docker/Caddyfile in its replica form (REPLICAS=list, the
// replicas' addresses listed; compose finds them by DNS instead). web reaches the cms replicas
// through the same Caddy, as compose's `cms` name reaches either. Visitors come from several
// loopback addresses (127.0.x.y), so Caddy's hashing by client address spreads them over the web
// replicas. The numbers the lead quotes are printed with a `[replicas]` prefix; nothing is timed.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicRoutes } from '../web/e2e/helpers.ts'
import { caddyInstalled, caddyPath, startCaddy, type RunningCaddy } from './lib/caddy.ts'
import { formStartedAt } from './lib/formStart.ts'
import { cmsLogin } from '@dk/testing/cmsLogin'
import type { Mail } from '@dk/testing/mailbox'
import { freePort } from '@dk/testing/ports'
import { startPostgres, type EmbeddedRunningPostgres } from '@dk/testing/postgres'
import { startStack, type Replica, type Stack } from '@dk/testing/stack'

/**
 * Sign-up and newsletter posts per visitor address every ten minutes, for this stack. Small, so
 * that every notice the test causes fits in one run of the jobs queue (20 jobs a minute).
 */
const formLimit = 2
/** cms/src/jobs/queueWorker.ts: the advisory lock of the process that works the jobs queue. */
const queueWorkerLockKey = 7_412_002

type Answer = { status: number; body: string }

/** One HTTP request from a chosen loopback address (a visitor of its own, as Caddy sees it). */
function send(
  url: string,
  {
    from = '127.0.0.1',
    method = 'GET',
    headers = {},
    body,
  }: { from?: string; method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, localAddress: from }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      )
      response.on('error', reject)
    })
    req.setTimeout(30_000, () => req.destroy(new Error(`no answer from ${url} in 30 s`)))
    req.on('error', reject)
    req.end(body)
  })
}

const visitor = (n: number) => `127.0.${Math.floor(n / 200) + 1}.${(n % 200) + 10}`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

if (!caddyInstalled()) console.warn(`[replicas] skipped: no Caddy at ${caddyPath}`)

describe.skipIf(!caddyInstalled())('3 web and 2 cms replicas behind Caddy', () => {
  let postgres: EmbeddedRunningPostgres
  let caddy: RunningCaddy
  let stack: Stack
  let adminToken: string
  let recruiterEmail: string
  let startedAt: string
  const signups: string[] = []

  beforeAll(async () => {
    postgres = await startPostgres()
    await postgres.createDatabase('dk')
    const ports = {
      web: [await freePort(), await freePort(), await freePort()],
      cms: [await freePort(), await freePort()],
    }
    const at = (port: number) => `http://127.0.0.1:${port}`
    // Caddy first: web reaches the cms replicas through it. It answers /hooks/ itself (404).
    caddy = await startCaddy({
      webUrls: ports.web.map(at),
      cmsUrls: ports.cms.map(at),
      waitFor: '/hooks/',
    })
    stack = await startStack({
      log: (line) => console.log(`[replicas] ${line}`),
      databaseUrl: postgres.databaseUrl('dk'),
      replicas: { web: 3, cms: 2 },
      ports,
      env: {
        WEB_PUBLIC_URL: caddy.url,
        CMS_PUBLIC_URL: caddy.url,
        FORM_RATE_LIMIT: String(formLimit),
      },
      // As in docker/compose.yaml: the visitor's address is the one Caddy forwards.
      webEnv: { CMS_URL: caddy.url, ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' },
    })
    adminToken = await login(stack.cmsReplicas[0]!.url, stack.admin)
    // Every new submission is announced to the recruiters by mail, by the jobs queue.
    recruiterEmail = `rekrutterer-${crypto.randomUUID().slice(0, 8)}@test.invalid`
    await api(stack.cmsReplicas[0]!.url, '/users', adminToken, {
      method: 'POST',
      body: JSON.stringify({
        email: recruiterEmail,
        password: crypto.randomUUID(),
        roles: ['recruiter'],
      }),
    })
    startedAt = await formStartedAt(`${caddy.url}/bygg-med-oss`)
  }, 600_000)

  afterAll(async () => {
    await stack?.stop()
    await caddy?.stop()
    await postgres?.stop()
  })

  const login = cmsLogin

  async function api(
    cmsUrl: string,
    path: string,
    token: string,
    init: RequestInit = {},
  ): Promise<any> {
    const response = await fetch(`${cmsUrl}/api${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    })
    const body: unknown = await response.json()
    if (!response.ok)
      throw new Error(`${cmsUrl} ${path}: ${response.status} ${JSON.stringify(body)}`)
    return body
  }

  /** A sign-up through Caddy from `from`; its status (200 thanked, 429 limited). */
  async function signUp(from: string): Promise<number> {
    const email = `replika-${crypto.randomUUID().slice(0, 8)}@example.org`
    const { status } = await send(`${caddy.url}/bygg-med-oss?/signup`, {
      from,
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        origin: caddy.url,
      },
      body: new URLSearchParams({ name: 'Replika Test', email, startedAt }).toString(),
    })
    if (status === 200) signups.push(email)
    return status
  }

  const stored = async (email: string) =>
    (
      await api(
        caddy.url,
        `/form-submissions?where[email][equals]=${encodeURIComponent(email)}&limit=5&depth=0`,
        adminToken,
      )
    ).docs.length as number

  /** The cms replica holding the jobs queue's lease, found through its PostgreSQL session. */
  async function queueWorker(): Promise<Replica | undefined> {
    const client = postgres.client('dk')
    await client.connect()
    let port: number | undefined
    try {
      const { rows } = await client.query<{ client_port: number }>(
        `SELECT a.client_port FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1`,
        [queueWorkerLockKey],
      )
      port = rows[0]?.client_port
    } finally {
      await client.end()
    }
    if (!port) return undefined
    // The process whose socket has that local port, and the replica whose process group it is in.
    const sockets = execFileSync('ss', ['-tnpH', 'state', 'established', `( sport = :${port} )`], {
      encoding: 'utf8',
    })
    const pid = /pid=(\d+)/.exec(sockets)?.[1]
    if (!pid) return undefined
    const group = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[2])
    return stack.cmsReplicas.find((cms) => cms.service.child.pid === group)
  }

  it('a. shows an edit published through cms B on every web replica', async () => {
    const cmsB = stack.cmsReplicas[1]!.url
    const token = await login(cmsB, stack.admin)
    const { docs } = await api(
      cmsB,
      '/problem-cards?where[title][equals]=Multi-tenancy&limit=1',
      token,
    )
    const card = docs[0] as { id: number; title: string }
    // Every replica has the page in memory first, so this proves the change reaching it.
    for (const web of stack.webReplicas)
      expect((await send(`${web.url}/bygg-med-oss`)).body).toContain(card.title)

    const newTitle = `Multi-tenancy ${crypto.randomUUID().slice(0, 8)}`
    await api(cmsB, `/problem-cards/${card.id}`, token, {
      method: 'PATCH',
      body: JSON.stringify({ title: newTitle, _status: 'published' }),
    })
    const published = Date.now()
    const live = await Promise.all(
      stack.webReplicas.map(async (web) => {
        while (Date.now() - published < 150_000) {
          if ((await send(`${web.url}/bygg-med-oss`)).body.includes(newTitle))
            return Date.now() - published
          await sleep(25)
        }
        return undefined
      }),
    )
    console.log(
      `[replicas] edit-to-live through cms B, per web replica: ${live.map((ms) => `${ms ?? 'never'} ms`).join(', ')}`,
    )
    expect(live.every((ms) => ms !== undefined)).toBe(true)
  }, 180_000)

  it(`limits a visitor to ${formLimit} sign-ups whichever replica serves it, not ${formLimit} per replica`, async () => {
    // Six visitors: Caddy hashes them over the three replicas.
    for (let n = 0; n < 6; n++) {
      const from = visitor(n)
      const statuses: number[] = []
      for (let post = 0; post <= formLimit; post++) statuses.push(await signUp(from))
      expect(statuses, from).toEqual([...Array<number>(formLimit).fill(200), 429])
    }
  }, 120_000)

  it('b. loses no page load when a web replica is killed (kill -9) under load', async () => {
    let done = false
    let total = 0
    const failures: string[] = []
    // 24 visitors loading pages one after another through Caddy.
    const visitors = Array.from({ length: 24 }, async (_, n) => {
      for (let i = 0; !done; i++) {
        const route = publicRoutes[(n + i) % publicRoutes.length]!
        total++
        try {
          const { status } = await send(`${caddy.url}${route}`, { from: visitor(100 + n) })
          if (status !== 200) failures.push(`${route}: ${status}`)
        } catch (error) {
          failures.push(`${route}: ${(error as Error).message}`)
        }
      }
    })
    await sleep(1_500)
    const victim = stack.webReplicas[2]!
    await victim.kill()
    const atKill = total
    await sleep(3_000)
    done = true
    await Promise.all(visitors)
    console.log(
      `[replicas] kill -9 of a web replica under load: ${total} page loads (${total - atKill} after the kill), ${failures.length} failed`,
    )
    expect(failures).toEqual([])
    await victim.start()
  }, 120_000)

  it('c. keeps editing and sign-ups going when a cms replica is killed (kill -9): nothing lost or doubled', async () => {
    let worker: Replica | undefined
    await expect
      .poll(async () => (worker = await queueWorker()), { timeout: 30_000, interval: 500 })
      .toBeDefined()
    // Not in the second after a queue timer fires (every 10 s), when a job may be running.
    while (Date.now() % 10_000 < 2_000 || Date.now() % 10_000 > 8_000) await sleep(100)
    const posting = Array.from({ length: 6 }, async (_, n) => {
      await sleep(n * 100)
      expect(await signUp(visitor(200 + n))).toBe(200)
    })
    await sleep(300)
    await worker!.kill()
    console.log(
      `[replicas] killed cms ${stack.cmsReplicas.indexOf(worker!) === 0 ? 'A' : 'B'}, the one working the jobs queue`,
    )
    await Promise.all(posting)

    // Editing goes on through Caddy, on the other replica. A POST written on a kept-alive connection
    // to the killed replica is not retried by Caddy (a POST may have been received): 502 until the
    // health check (every second) leaves that replica out, so the editor's retry gets through.
    let token: string | undefined
    await expect
      .poll(async () => (token = await login(caddy.url, stack.admin).catch(() => undefined)), {
        timeout: 15_000,
        interval: 500,
      })
      .toBeDefined()
    const { docs } = await api(
      caddy.url,
      '/problem-cards?where[title][equals]=Medlemsstyring&limit=1',
      token!,
    )
    const newTitle = `Medlemsstyring ${crypto.randomUUID().slice(0, 8)}`
    await api(caddy.url, `/problem-cards/${docs[0].id}`, token!, {
      method: 'PATCH',
      body: JSON.stringify({ title: newTitle, _status: 'published' }),
    })
    // The other replica takes over the queue.
    await expect
      .poll(async () => (await queueWorker()) ?? null, { timeout: 30_000, interval: 500 })
      .not.toBe(null)

    // Every sign-up the site thanked for is stored exactly once.
    for (const email of signups)
      await expect.poll(() => stored(email), { timeout: 30_000, interval: 250 }).toBe(1)
    // And announced exactly once: one notice to the recruiter per stored submission, by its link.
    const { docs: submissions } = (await api(
      caddy.url,
      '/form-submissions?where[email][like]=replika-&limit=100&depth=0',
      adminToken,
    )) as { docs: { id: number }[] }
    expect(submissions).toHaveLength(signups.length)
    const notices = async () =>
      (
        (await (
          await fetch(`${stack.mailbox.httpUrl}/?to=${encodeURIComponent(recruiterEmail)}`)
        ).json()) as Mail[]
      ).filter((mail) => mail.subject.startsWith('Nytt innsendt skjema'))
    const noticesOf = (mails: Mail[], id: number) =>
      mails.filter((mail) => new RegExp(`/form-submissions/${id}(?!\\d)`).test(mail.text))
    await expect
      .poll(async () => (await notices()).length, { timeout: 150_000, interval: 1_000 })
      .toBeGreaterThanOrEqual(submissions.length)
    // A doubled run would send its mail at the same tick; give it a moment to show.
    await sleep(3_000)
    const mails = await notices()
    console.log(
      `[replicas] after the cms kill: ${signups.length} sign-ups thanked, ${submissions.length} stored, ${mails.length} notices mailed`,
    )
    for (const { id } of submissions)
      expect(noticesOf(mails, id), `submission ${id}`).toHaveLength(1)
    expect(mails).toHaveLength(submissions.length)
  }, 300_000)

  it('d. serves every route 200 from its snapshot on a new web replica started with no cms answering, and takes sign-ups', async () => {
    await Promise.all(stack.cmsReplicas.map((cms) => cms.kill()))
    const fresh = await stack.addWeb()
    for (const route of publicRoutes) {
      const { status } = await send(`${fresh.url}${route}`)
      expect(status, route).toBe(200)
    }
    const ready = JSON.parse((await send(`${fresh.url}/hooks/readyz`)).body) as { content: string }
    expect(ready.content).toBe('snapshot')

    // A sign-up posted to it goes to the outbox as usual, and reaches the CMS once one is back.
    const email = `snapshot-${crypto.randomUUID().slice(0, 8)}@example.org`
    const posted = await send(`${fresh.url}/bygg-med-oss?/signup`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        origin: fresh.url,
        'x-forwarded-for': visitor(300),
      },
      body: new URLSearchParams({ name: 'Snapshot Test', email, startedAt }).toString(),
    })
    expect(posted.status).toBe(200)
    expect(posted.body).toContain('data-signup-success')
    await stack.cmsReplicas[1]!.start()
    await expect.poll(() => stored(email), { timeout: 60_000, interval: 500 }).toBe(1)
  }, 240_000)
})
