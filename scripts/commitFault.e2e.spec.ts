// "Takk" means stored, also when PostgreSQL fails under load. The production builds on their own
// PostgreSQL (not the e2e stack's, which other tests use): while people send the sign-up form, an
// operator's loop ends every CMS connection that is idle in a transaction, as a failover or a
// backend crash would, and PostgreSQL is restarted once. A cut lands right before a COMMIT only now
// and then (measured: most hit a BEGIN or a SELECT), so a deferred constraint trigger also makes
// one COMMIT of a new submission in twenty fail at the last moment, after the insert, when the CMS
// is about to answer. Afterwards every thanked sign-up is stored exactly once, web's outbox is
// empty, and the CMS logged no uncaught exception.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { cmsLogin } from '@dk/testing/cmsLogin'
import { startPostgres, type EmbeddedRunningPostgres } from '@dk/testing/postgres'
import { startStack, type Stack } from '@dk/testing/stack'

import { formStartedAt } from './lib/formStart.ts'

const submitters = 8
const loadMs = 12_000
const cutEveryMs = 25
const restartAfterMs = 3_000
const database = 'dk'
const commitFailureRate = 0.05

let dataDir: string
let postgres: EmbeddedRunningPostgres | undefined
let stack: Stack | undefined
const cmsLog: string[] = []

beforeAll(async () => {
  // A data folder of our own, so the restart finds the same cluster.
  dataDir = await mkdtemp(join(tmpdir(), 'dk-fault-pg-'))
  postgres = await startPostgres({ dataDir })
  await postgres.createDatabase(database)
  stack = await startStack({
    databaseUrl: postgres.databaseUrl(database),
    // Each sign-up from its own address (as behind Caddy), so the per-address limit stays out of it.
    env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' },
    onServiceLine: (service, line) => {
      if (service === 'cms') cmsLog.push(line)
    },
  })
  const operator = postgres.client(database)
  await operator.connect()
  try {
    await operator.query(`
      CREATE FUNCTION fault_test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'feiltest: COMMIT feiler';
      END $$;
      CREATE CONSTRAINT TRIGGER fault_test_fail_commit AFTER INSERT ON form_submissions
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (random() < ${commitFailureRate}) EXECUTE FUNCTION fault_test_fail_commit();
    `)
  } finally {
    await operator.end()
  }
}, 300_000)

afterAll(async () => {
  await stack?.stop()
  await postgres?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Ends the CMS's connections that sit in an open transaction, every few ms, until told to stop. */
async function cutIdleTransactions(stopped: () => boolean): Promise<number> {
  let cuts = 0
  let client: ReturnType<EmbeddedRunningPostgres['client']> | undefined
  while (!stopped()) {
    try {
      if (!client) {
        const fresh = postgres!.client(database)
        // The restart ends this connection too; that is expected, not an error of the test.
        fresh.on('error', () => {})
        await fresh.connect()
        client = fresh
      }
      const { rows } = await client.query<{ cut: number }>(
        `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS cut
           FROM pg_stat_activity
          WHERE state = 'idle in transaction' AND datname = $1 AND pid <> pg_backend_pid()`,
        [database],
      )
      cuts += rows[0]!.cut
    } catch {
      void client?.end().catch(() => {})
      client = undefined
    }
    await sleep(cutEveryMs)
  }
  await client?.end().catch(() => {})
  return cuts
}

/** People sending the form without JavaScript, each again as soon as answered; the thanked ones. */
async function signUpLoad(stopped: () => boolean, domain: string) {
  const areas = (await (
    await fetch(`${stack!.cmsUrl}/api/contribution-areas?limit=100&depth=0`)
  ).json()) as { docs: { key: string }[] }
  // One start time web signed, old enough for a person; it stays valid for a day.
  const startedAt = await formStartedAt(`${stack!.webUrl}/bygg-med-oss`)
  const thanked = new Set<string>()
  let attempts = 0
  const person = async (who: number) => {
    while (!stopped()) {
      const n = ++attempts
      const email = `p${who}-${n}@${domain}`
      const body = new URLSearchParams({
        name: `Last ${who} ${n}`,
        email,
        message: `Feiltest nr. ${n}`,
        startedAt,
        website: '',
      })
      body.append('interests', areas.docs[n % areas.docs.length]!.key)
      try {
        const response = await fetch(`${stack!.webUrl}/bygg-med-oss?/signup`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'text/html',
            origin: stack!.webUrl,
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(10_000),
        })
        const html = await response.text()
        if (response.status === 200 && html.includes('data-signup-success')) thanked.add(email)
      } catch {
        // No answer is no thanks: nothing was promised.
      }
    }
  }
  await Promise.all(Array.from({ length: submitters }, (_, who) => person(who + 1)))
  return { attempts, thanked }
}

async function storedEmails(domain: string): Promise<string[]> {
  const token = await cmsLogin(stack!.cmsUrl, stack!.admin)
  const found = await fetch(
    `${stack!.cmsUrl}/api/form-submissions?where[email][like]=${encodeURIComponent(`@${domain}`)}` +
      '&select[email]=true&depth=0&pagination=false',
    { headers: { Authorization: `JWT ${token}` } },
  )
  return ((await found.json()) as { docs: { email: string }[] }).docs.map((doc) => doc.email)
}

const outboxPending = async () =>
  // The details are on the internal readiness address; the public one says only up or down.
  ((await (await fetch(`${stack!.webUrl}/hooks/readyz`)).json()) as { outbox: { pending: number } })
    .outbox.pending

it('keeps every thanked sign-up through cut connections and a PostgreSQL restart', async () => {
  const domain = `feil-${Math.random().toString(36).slice(2, 10)}.invalid`
  const loadEnds = Date.now() + loadMs
  const loadOver = () => Date.now() > loadEnds
  const cutting = cutIdleTransactions(loadOver)
  const loading = signUpLoad(loadOver, domain)
  await sleep(restartAfterMs)
  await postgres!.restart()
  const [cuts, { attempts, thanked }] = await Promise.all([cutting, loading])

  // The outbox empties once the CMS holds everything (bounded: a retry is at most a second away).
  const drainedBy = Date.now() + 90_000
  let pending = await outboxPending()
  while (pending > 0 && Date.now() < drainedBy) {
    await sleep(500)
    pending = await outboxPending()
  }
  const stored = await storedEmails(domain)
  const lost = [...thanked].filter((email) => !stored.includes(email))
  const uncaught = cmsLog.filter((line) => /uncaught|unhandled/i.test(line))
  console.log(
    `[commitFault] ${attempts} sign-ups sent, ${thanked.size} thanked, ${cuts} connections cut, ` +
      `1 restart; ${stored.length} stored, ${lost.length} lost, ${pending} left in the outbox, ` +
      `${uncaught.length} uncaught errors in the CMS log`,
  )
  expect(thanked.size).toBeGreaterThan(0)
  expect(cuts).toBeGreaterThan(0)
  expect(lost).toEqual([])
  expect(stored.length).toBe(new Set(stored).size)
  expect(pending).toBe(0)
  expect(uncaught).toEqual([])
}, 180_000)
