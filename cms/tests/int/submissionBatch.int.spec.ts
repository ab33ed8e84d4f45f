// Many sign-ups at once (the submission contract's "Many at once"): POST
// /api/form-submissions/batch as the service user stores every item it can in one transaction and
// answers, after the COMMIT, with the status each would have got from the single create; nothing
// partial, exactly once by key, repeats counted on the original.
import { randomUUID } from 'node:crypto'

import {
  submissionBatchMaxBytes,
  submissionBatchOutcomes,
  submissionBatchPath,
  submissionPath,
} from '@dk/shared'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropCommitFailures, failCommitsOf } from '../helpers/failAtCommit'
import { logLinesDuring } from '../helpers/logs'
import { seededForSignups } from '../helpers/payload'
import { rest, type Credentials } from '../helpers/rest'
import { deleteSubmissionsOf, storedFor, submissionBody } from '../helpers/submissions'
import { createTestUser, type TestUser } from '../helpers/users'

type Body = ReturnType<typeof submissionBody>

// The paths as the rest helper takes them (under /api).
const batchPath = submissionBatchPath.replace(/^\/api/, '')
const createPath = submissionPath.replace(/^\/api/, '')

// Makes COMMIT fail for rows carrying this name (a deferred constraint trigger, checked at COMMIT
// only), as commitFailure.int.spec.ts does; its own names, as test files share the database.
const marker = 'Samlingen feiler ved commit'
const trigger = 'test_batch_fail_at_commit'

let payload: Payload
let service: TestUser
let editor: TestUser
const emails: string[] = []

beforeAll(async () => {
  ;({ payload, service } = await seededForSignups())
  editor = await createTestUser(payload, ['editor'])
  await failCommitsOf(payload, trigger, 'form_submissions', `NEW.name = '${marker}'`)
})
afterAll(async () => {
  await dropCommitFailures(payload, trigger, ['form_submissions'])
  await deleteSubmissionsOf(payload, emails)
  await Promise.all([service.cleanup(), editor.cleanup()])
})

/** A fresh submission whose address is cleaned up after the file. */
function body(overrides: Record<string, unknown> = {}): Body {
  const made = submissionBody(overrides)
  emails.push(made.email)
  return made
}

const sendBatchAs = (auth: Credentials, submissions: unknown[]) =>
  rest('POST', batchPath, { auth, body: { submissions } })
const sendBatch = (submissions: unknown[]) => sendBatchAs({ apiKey: service.apiKey }, submissions)

const createOne = (submission: Body) =>
  rest('POST', createPath, { auth: { apiKey: service.apiKey }, body: submission })

const statuses = (answer: { body: { results: { status: number }[] } }) =>
  answer.body.results.map((result) => result.status)

const keysOf = (bodies: Body[]) => bodies.map((b) => b.idempotencyKey)

async function jobsOf(submission: number) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { 'input.submission': { equals: submission } },
    sort: 'taskSlug',
    pagination: false,
    overrideAccess: true,
  })
  return docs
}
const tasksOf = async (submission: number) => (await jobsOf(submission)).map((job) => job.taskSlug)

/** A stored document without what differs between any two (id, times) and `differing` fields. */
function comparable(doc: object | undefined, ...differing: string[]) {
  const rest: Record<string, unknown> = { ...doc }
  for (const key of ['id', 'createdAt', 'updatedAt', ...differing]) {
    expect(rest[key]).toBeDefined()
    delete rest[key]
  }
  return rest
}

describe('a batch of sign-ups', () => {
  it('is stored once, and every item answered 201, read by web as stored', async () => {
    const bodies = Array.from({ length: 40 }, (_, i) =>
      body({ interests: i % 2 ? ['drift'] : [], message: `Melding nummer ${i}` }),
    )
    const answer = await sendBatch(bodies)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.body.results).toEqual(
      bodies.map((b) => ({ idempotencyKey: b.idempotencyKey, status: 201 })),
    )
    // web's side of the contract reads this very answer.
    const outcomes = submissionBatchOutcomes(keysOf(bodies), answer.status, answer.body)
    expect([...outcomes.values()]).toEqual(bodies.map(() => ({ kind: 'stored' })))
    for (const b of bodies) {
      expect((await storedFor(payload, b.email)).map((doc) => doc.idempotencyKey)).toEqual([
        b.idempotencyKey,
      ])
    }
    // Sent again (web's outbox after a lost answer): every key is held, nothing more is stored.
    const again = await sendBatch(bodies)
    expect(statuses(again)).toEqual(bodies.map(() => 409))
    expect([...submissionBatchOutcomes(keysOf(bodies), 200, again.body).values()]).toEqual(
      bodies.map(() => ({ kind: 'alreadyStored' })),
    )
    for (const b of bodies) expect(await storedFor(payload, b.email)).toHaveLength(1)
  })

  it('stores the same row as the single create, with the same notices queued', async () => {
    const pairs = [
      { interests: ['drift', 'utvikling'], message: ' Jeg kan  drift. ' },
      { interests: [], message: undefined },
      { interests: ['design'], message: '' },
    ]
    for (const fields of pairs) {
      const single = body({ ...fields, name: ' Ola\u0007 Nordmann ' })
      const batched = body({ ...fields, name: ' Ola\u0007 Nordmann ' })
      expect((await createOne(single)).status).toBe(201)
      expect(statuses(await sendBatch([batched]))).toEqual([201])
      const [one] = await storedFor(payload, single.email)
      const [other] = await storedFor(payload, batched.email)
      expect(comparable(other, 'email', 'idempotencyKey')).toEqual(
        comparable(one, 'email', 'idempotencyKey'),
      )
      expect(other).toMatchObject({ email: batched.email, idempotencyKey: batched.idempotencyKey })
      // Its notices: the same jobs, as jobs.queue writes them.
      const [jobsOfOne, jobsOfOther] = [await jobsOf(one!.id), await jobsOf(other!.id)]
      expect(jobsOfOther.map((job) => comparable(job, 'input'))).toEqual(
        jobsOfOne.map((job) => comparable(job, 'input')),
      )
      expect(jobsOfOther.map((job) => job.input)).toEqual(
        jobsOfOne.map(() => ({ submission: other!.id })),
      )
      expect(jobsOfOther.map((job) => job.taskSlug)).toContain('emailRecruiters')
    }
  })

  it('answers 409 for a key stored already, and stores nothing more for it', async () => {
    const stored = body()
    expect((await createOne(stored)).status).toBe(201)
    const fresh = body()
    const answer = await sendBatch([{ ...stored, message: 'En nyere utgave' }, fresh])
    expect(statuses(answer)).toEqual([409, 201])
    const [doc] = await storedFor(payload, stored.email)
    expect(await storedFor(payload, stored.email)).toHaveLength(1)
    expect(doc).toMatchObject({ message: stored.message, repeats: 0 })
    expect(await storedFor(payload, fresh.email)).toHaveLength(1)
  })

  it('refuses a bad item with 400 and its fields named, and stores the others', async () => {
    const good = [body(), body()]
    const bad = body({ email: 'ikke-en-adresse', interests: ['hacking'], isAdmin: true })
    const answer = await sendBatch([good[0], bad, good[1]])
    expect(answer.status).toBe(200)
    expect(answer.body.results[1]).toEqual({
      idempotencyKey: bad.idempotencyKey,
      status: 400,
      fields: expect.arrayContaining(['email', 'interests', 'isAdmin']),
    })
    expect(answer.body.results[1].fields).toHaveLength(3)
    expect(JSON.stringify(answer.body)).not.toContain('ikke-en-adresse')
    expect(statuses(answer)).toEqual([201, 400, 201])
    const outcomes = submissionBatchOutcomes(keysOf([good[0]!, bad, good[1]!]), 200, answer.body)
    expect(outcomes.get(bad.idempotencyKey)).toEqual({
      kind: 'refused',
      fields: expect.arrayContaining(['email', 'interests', 'isAdmin']),
    })
    for (const b of good) expect(await storedFor(payload, b.email)).toHaveLength(1)
  })

  it('counts a repeat of a stored submission, and of an item in the same batch, on the original', async () => {
    const stored = body({ interests: ['drift'] })
    expect((await createOne(stored)).status).toBe(201)
    // The same person again (differently spaced and cased), twice, with new keys.
    const repeats = [1, 2].map(() => ({
      ...stored,
      idempotencyKey: randomUUID(),
      email: stored.email.toUpperCase(),
      name: ` ${stored.name} `,
    }))
    // A new one, and the same sent again within the same batch.
    const first = body({ message: 'Første gang' })
    const again = { ...first, idempotencyKey: randomUUID(), interests: [] }
    const answer = await sendBatch([repeats[0], first, again, repeats[1]])
    expect(statuses(answer)).toEqual([409, 201, 409, 409])

    const [original] = await storedFor(payload, stored.email)
    expect(await storedFor(payload, stored.email)).toHaveLength(1)
    expect(original?.repeats).toBe(2)
    expect(original?.repeatKeys?.map(({ key }) => key)).toEqual(keysOf(repeats))
    expect(Date.parse(original?.lastRepeatedAt ?? '')).toBeGreaterThan(
      Date.parse(original?.createdAt ?? ''),
    )
    const [firstStored] = await storedFor(payload, first.email)
    expect(await storedFor(payload, first.email)).toHaveLength(1)
    expect(firstStored).toMatchObject({ idempotencyKey: first.idempotencyKey, repeats: 1 })
    expect(firstStored?.repeatKeys?.map(({ key }) => key)).toEqual([again.idempotencyKey])
    // A repeat is told once: the original's notices only.
    expect(await tasksOf(firstStored!.id)).toEqual(await tasksOf(original!.id))

    // web's read-back finds every key, and a repeat delivered again is not counted twice.
    const keys = [...keysOf(repeats), first.idempotencyKey, again.idempotencyKey]
    const settled = await rest('POST', '/form-submissions/settled', {
      auth: { apiKey: service.apiKey },
      body: { keys },
    })
    expect([...settled.body.settled].sort()).toEqual([...keys].sort())
    expect(statuses(await sendBatch([repeats[0], again]))).toEqual([409, 409])
    expect((await storedFor(payload, stored.email))[0]?.repeats).toBe(2)
    expect((await storedFor(payload, first.email))[0]?.repeats).toBe(1)
  })

  it('stores a different message from the same person in the same batch as a new submission', async () => {
    const first = body()
    const other = { ...first, idempotencyKey: randomUUID(), message: 'Noe annet' }
    expect(statuses(await sendBatch([first, other]))).toEqual([201, 201])
    expect(await storedFor(payload, first.email)).toHaveLength(2)
  })
})

describe('a batch refused whole', () => {
  it.each(['anonymous', 'editor'] as const)('for %s: 403, nothing stored', async (who) => {
    const b = body()
    const auth = who === 'anonymous' ? undefined : { apiKey: editor.apiKey }
    const answer = await sendBatchAs(auth, [b])
    expect(answer.status).toBe(403)
    expect(await storedFor(payload, b.email)).toEqual([])
  })

  it('over its byte limit: 413, nothing stored', async () => {
    const b = body({ message: 'a'.repeat(submissionBatchMaxBytes) })
    const answer = await sendBatch([b])
    expect(answer.status).toBe(413)
    expect(await storedFor(payload, b.email)).toEqual([])
  })

  it.each([
    ['no submissions', []],
    ['41 submissions', Array.from({ length: 41 }, () => submissionBody())],
    ['an item without a key', [{ ...submissionBody(), idempotencyKey: undefined }]],
    ['an item whose key is no UUID', [{ ...submissionBody(), idempotencyKey: 'x' }]],
    ['an item that is no object', ['Kari']],
  ])('with %s: 400', async (_, submissions) => {
    const answer = await sendBatch(submissions)
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ error: 'invalid' })
  })

  it('that is not JSON: 400', async () => {
    const answer = await rest('POST', batchPath, {
      auth: { apiKey: service.apiKey },
      body: undefined,
      headers: { 'Content-Type': 'application/json' },
    })
    expect(answer.status).toBe(400)
  })
})

describe('a batch that cannot be stored', () => {
  it('is answered 503 when its COMMIT fails, with nothing of it stored, and stored once on retry', async () => {
    const bodies = [body(), body({ name: marker }), body()]
    const failed = await sendBatch(bodies)
    expect(failed.status).toBe(503)
    const outcomes = submissionBatchOutcomes(keysOf(bodies), failed.status, failed.body)
    expect([...outcomes.values()]).toEqual(bodies.map(() => ({ kind: 'unavailable', status: 503 })))
    for (const b of bodies) expect(await storedFor(payload, b.email)).toEqual([])

    // web's outbox sends the same batch again once the database is well.
    const retried = await sendBatch(bodies.map((b) => ({ ...b, name: 'Kari Nordmann' })))
    expect(statuses(retried)).toEqual([201, 201, 201])
    for (const b of bodies) expect(await storedFor(payload, b.email)).toHaveLength(1)
    // Each with its notices, queued by the batch that was stored.
    for (const b of bodies) {
      const [doc] = await storedFor(payload, b.email)
      expect(await tasksOf(doc!.id)).toContain('emailRecruiters')
    }
  })

  it('is answered 503 while another request stores one of its keys, and 409 for it on retry', async () => {
    const [contested, other] = [body(), body()]
    // Another request (a batch web retried after a timeout) has inserted the key, not yet committed.
    const transactionID = await payload.db.beginTransaction()
    const elsewhere = { transactionID } as Parameters<typeof payload.db.create>[0]['req']
    await payload.db.create({
      collection: 'form-submissions',
      data: {
        name: contested.name,
        email: contested.email,
        idempotencyKey: contested.idempotencyKey,
      },
      req: elsewhere,
    })
    const answer = sendBatch([other, contested])
    // The batch waits on the key's unique index until the other request commits.
    await new Promise((resolve) => setTimeout(resolve, 500))
    await payload.db.commitTransaction(transactionID!)
    expect((await answer).status).toBe(503)
    expect(await storedFor(payload, other.email)).toEqual([])
    expect(statuses(await sendBatch([other, contested]))).toEqual([201, 409])
    expect(await storedFor(payload, contested.email)).toHaveLength(1)
  })

  it('sent twice at the same time, stores each key once', async () => {
    const bodies = Array.from({ length: 10 }, () => body())
    const answers = await Promise.all([sendBatch(bodies), sendBatch(bodies)])
    // One stores them all; the other found them stored (409s), or waited on the unique index and
    // was answered 503, which web sends again and then is answered 409.
    const [winner, other] = answers[0]!.body.results?.every(
      (result: { status: number }) => result.status === 201,
    )
      ? answers
      : [answers[1]!, answers[0]!]
    expect(winner!.status).toBe(200)
    expect(statuses(winner!)).toEqual(bodies.map(() => 201))
    if (other!.status === 200) expect(statuses(other!)).toEqual(bodies.map(() => 409))
    else expect(other!.status).toBe(503)
    expect(statuses(await sendBatch(bodies))).toEqual(bodies.map(() => 409))
    for (const b of bodies) expect(await storedFor(payload, b.email)).toHaveLength(1)
  })
})

describe('logs', () => {
  it('carry neither the address nor the text of a batch, refused, repeated or failed', async () => {
    const b = body({ message: 'Hemmelig melding 4711' })
    const lines = await logLinesDuring(payload, async () => {
      await sendBatch([
        { ...b, email: `${b.email}x@@` },
        { ...b, interests: ['finnes-ikke'] },
      ])
      await sendBatch([b, { ...b, idempotencyKey: randomUUID() }])
      await sendBatch([{ ...b, idempotencyKey: randomUUID(), name: marker }])
    })
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).not.toContain(b.email)
      expect(line).not.toContain('Hemmelig melding')
    }
  })
})

describe('a batch in the lists', () => {
  it('is paged through with every submission once, though a batch shares one createdAt', async () => {
    // The batch's rows are stored by one statement at one time; the lists' default order
    // (createdAt) then has ties, which PostgreSQL may break differently per page unless the id
    // breaks them (the @payloadcms/drizzle patch).
    const domain = `sider-${randomUUID()}.invalid`
    const rounds = 5
    for (let round = 0; round < rounds; round++) {
      const bodies = Array.from({ length: 40 }, (_, n) =>
        body({ email: `p${round}-${n}@${domain}`, name: `Side ${round} ${n}` }),
      )
      expect(statuses(await sendBatch(bodies))).toEqual(bodies.map(() => 201))
    }
    const recruiter = await createTestUser(payload, ['recruiter'])
    const seen: string[] = []
    for (let page = 1; ; page++) {
      const result = await rest('GET', createPath, {
        auth: { apiKey: recruiter.apiKey },
        query: {
          'where[email][like]': `@${domain}`,
          'select[email]': 'true',
          depth: '0',
          limit: '7',
          page: String(page),
        },
      })
      expect(result.status).toBe(200)
      seen.push(...result.body.docs.map((doc: { email: string }) => doc.email))
      if (!result.body.hasNextPage) break
    }
    await recruiter.cleanup()
    expect(seen).toHaveLength(rounds * 40)
    expect(new Set(seen).size).toBe(rounds * 40)
  })
})
