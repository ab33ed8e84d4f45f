// The delivery rules against a real HTTP server answering as the CMS would.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'

import { createSubmission, settledSubmissions } from '../../cms/client.ts'
import { OutboxDelivery, type DeliveryOptions } from './delivery.ts'
import { OutboxStore } from './store.ts'
import { startTestCms, testEntry, type TestCms } from './testCms.ts'

const apiKey = 'test-service-key-0123456789'
let cms: TestCms
let dir: string
const deliveries: OutboxDelivery[] = []

beforeAll(async () => {
  cms = await startTestCms()
  // The CMS client reads the environment on first use; this file runs in its own module graph.
  Object.assign(process.env, {
    CMS_URL: cms.url,
    CMS_API_KEY: apiKey,
    REVALIDATE_SECRET: 'x'.repeat(32),
  })
})
afterAll(() => cms.close())

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outbox-'))
  cms.received.length = 0
  cms.readBacks.length = 0
  cms.held.clear()
  cms.answer({ status: 201 })
  cms.answerReadBack('held')
})
afterEach(async () => {
  for (const delivery of deliveries.splice(0)) delivery.stop()
  await rm(dir, { recursive: true, force: true })
})

/** An outbox on this test's folder, delivering to the test CMS; quick retries unless told. */
function outbox(options: Partial<DeliveryOptions> = {}) {
  const delivery = new OutboxDelivery({
    store: new OutboxStore(dir),
    send: (entry) => createSubmission(entry.submission),
    settled: settledSubmissions,
    minDelayMs: 20,
    maxDelayMs: 100,
    ...options,
  })
  deliveries.push(delivery)
  return delivery
}
const pending = async () => readdir(join(dir, 'pending'))
const rejected = async () => readdir(join(dir, 'rejected'))

it('201: delivers at once as the service user, with the key, and forgets the entry', async () => {
  const entry = testEntry()
  const delivery = outbox()
  await delivery.submit(entry)
  await delivery.settled()
  expect(cms.received).toEqual([
    { idempotencyKey: entry.submission.idempotencyKey, authorization: `users API-Key ${apiKey}` },
  ])
  expect(await pending()).toEqual([])
})

it('201 for a submission the CMS does not hold (its COMMIT failed): kept and sent again until it does', async () => {
  cms.answer({ status: 201, stores: false })
  const delivery = outbox()
  const entry = testEntry()
  const key = entry.submission.idempotencyKey
  await delivery.submit(entry)
  await delivery.settled()
  expect(cms.readBacks).toEqual([[key]])
  expect(await pending()).toEqual([`${key}.json`])

  cms.answer({ status: 201 })
  await expect.poll(pending, { timeout: 10_000 }).toEqual([])
  expect(cms.held).toEqual(new Set([key]))
  expect(new Set(cms.received.map((request) => request.idempotencyKey))).toEqual(new Set([key]))
  expect(cms.received.length).toBeGreaterThan(1)
})

it('a read-back that fails keeps the entry; it is asked again, not sent again', async () => {
  cms.answerReadBack({ status: 503 })
  const delivery = outbox()
  const entry = testEntry()
  await delivery.submit(entry)
  await delivery.settled()
  expect(await pending()).toEqual([`${entry.submission.idempotencyKey}.json`])

  cms.answerReadBack('held')
  await expect.poll(pending, { timeout: 10_000 }).toEqual([])
  expect(cms.received).toHaveLength(1)
  expect(cms.readBacks.length).toBeGreaterThan(1)
})

it('one read-back for every entry a pass delivered', async () => {
  const left = Array.from({ length: 12 }, (_, n) => testEntry(`Person ${n}`))
  const before = new OutboxStore(dir)
  for (const entry of left) await before.put(entry)

  await outbox().drain()
  expect(await pending()).toEqual([])
  expect(cms.readBacks.map((keys) => [...keys].sort())).toEqual([
    left.map((entry) => entry.submission.idempotencyKey).sort(),
  ])
})

it('409: already stored counts as delivered', async () => {
  cms.answer({ status: 409, body: { errors: [{ message: 'Allerede mottatt' }] } })
  const delivery = outbox()
  await delivery.submit(testEntry())
  await delivery.settled()
  expect(cms.received).toHaveLength(1)
  expect(await pending()).toEqual([])
  expect(await rejected()).toEqual([])
})

it('400: refused, moved aside to rejected/ and not tried again', async () => {
  cms.answer({
    status: 400,
    body: { errors: [{ name: 'ValidationError', data: { errors: [{ path: 'email' }] } }] },
  })
  const delivery = outbox()
  const entry = testEntry()
  await delivery.submit(entry)
  await delivery.settled()
  expect(await pending()).toEqual([])
  expect(await rejected()).toEqual([`${entry.submission.idempotencyKey}.json`])
  await delivery.drain()
  expect(cms.received).toHaveLength(1)
  expect(await delivery.backlog()).toEqual({ pending: 0, rejected: 1 })
})

for (const [what, answer] of [
  ['503', { status: 503 }],
  ['500', { status: 500 }],
  ['429', { status: 429 }],
  ['a dropped connection', 'drop'],
] as const) {
  it(`${what}: keeps the entry and delivers it exactly once when the CMS answers again`, async () => {
    cms.answer(answer)
    const delivery = outbox()
    const entry = testEntry()
    await delivery.submit(entry)
    await delivery.settled()
    expect(await pending()).toEqual([`${entry.submission.idempotencyKey}.json`])

    cms.answer({ status: 201 })
    await expect.poll(pending, { timeout: 10_000 }).toEqual([])
    const keys = cms.received.map((request) => request.idempotencyKey)
    expect(keys.at(-1)).toBe(entry.submission.idempotencyKey)
    // Every request was for this one entry; only the last one was answered 201.
    expect(new Set(keys)).toEqual(new Set([entry.submission.idempotencyKey]))
    // Delivered means done: another pass sends nothing more.
    await delivery.drain()
    expect(cms.received).toHaveLength(keys.length)
  })
}

it('while the CMS is down, new submissions wait for the background loop instead of calling it', async () => {
  const delivery = outbox({
    // Long enough that no retry happens during this test.
    minDelayMs: 60_000,
    maxDelayMs: 60_000,
  })
  cms.answer({ status: 503 })
  await delivery.submit(testEntry())
  await delivery.settled()
  await delivery.submit(testEntry())
  await delivery.submit(testEntry())
  expect(cms.received).toHaveLength(1)
  expect(await delivery.backlog()).toEqual({ pending: 3, rejected: 0 })
})

it('delivers on start what an earlier process left in the folder', async () => {
  const left = [testEntry('A'), testEntry('B')]
  const before = new OutboxStore(dir)
  for (const entry of left) await before.put(entry)

  outbox().start()
  await expect.poll(pending, { timeout: 10_000 }).toEqual([])
  expect(cms.received.map((request) => request.idempotencyKey).sort()).toEqual(
    left.map((entry) => entry.submission.idempotencyKey).sort(),
  )
})

it('a pass keeps several deliveries in flight, never more than maxConcurrent', async () => {
  // Slow enough that the pass has started all it may before the first answer.
  cms.answer({ status: 201, delayMs: 500 })
  const left = Array.from({ length: 7 }, (_, n) => testEntry(`Person ${n}`))
  const before = new OutboxStore(dir)
  for (const entry of left) await before.put(entry)
  let inFlight = 0
  let most = 0
  outbox({
    maxConcurrent: 3,
    send: async (entry) => {
      most = Math.max(most, ++inFlight)
      try {
        return await createSubmission(entry.submission)
      } finally {
        inFlight -= 1
      }
    },
  }).start()
  await expect.poll(() => most, { timeout: 5_000 }).toBe(3)
  await expect.poll(pending, { timeout: 10_000 }).toEqual([])
  expect(most).toBe(3)
  expect(cms.received.map((request) => request.idempotencyKey).sort()).toEqual(
    left.map((entry) => entry.submission.idempotencyKey).sort(),
  )
})

it('thanks the visitor once the entry is on disk, without waiting for the CMS', async () => {
  cms.answer({ status: 201, delayMs: 1_000 })
  const delivery = outbox()
  const entry = testEntry()
  await delivery.submit(entry)
  // On disk, and the CMS has it in hand but has not answered yet.
  expect(await pending()).toEqual([`${entry.submission.idempotencyKey}.json`])
  await expect.poll(() => cms.received.length).toBe(1)
  await delivery.settled()
  expect(await pending()).toEqual([])
})

it('a burst beyond the deliveries at once: each submission is delivered exactly once', async () => {
  cms.answer({ status: 201, delayMs: 20 })
  const delivery = outbox({
    maxConcurrent: 3,
  })
  const entries = Array.from({ length: 30 }, (_, n) => testEntry(`Person ${n}`))
  // One after another, so that some arrive while a pass over the folder is under way.
  for (const entry of entries) {
    await delivery.submit(entry)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await expect.poll(pending, { timeout: 5_000 }).toEqual([])
  await delivery.settled()
  expect(cms.received.map((request) => request.idempotencyKey).sort()).toEqual(
    entries.map((entry) => entry.submission.idempotencyKey).sort(),
  )
})

it('counts submissions that fail side by side as one failed attempt, so the retry comes soon', async () => {
  // Slow enough that all eight are under way before the first answer.
  cms.answer({ status: 503, delayMs: 200 })
  const delivery = outbox({
    minDelayMs: 50,
    // Nine failures counted one by one would wait 50 ms · 2⁸ = 12.8 s (half of it at least).
    maxDelayMs: 60_000,
  })
  await Promise.all(Array.from({ length: 8 }, () => delivery.submit(testEntry())))
  await delivery.settled()
  expect(cms.received).toHaveLength(8)
  // The first retry fails too; the one after it must still come within the first steps.
  cms.answer({ status: 503 })
  await expect.poll(() => cms.received.length).toBeGreaterThan(8)
  cms.answer({ status: 201 })
  // Well under the 6.4 s the wrong count would wait at least.
  await expect.poll(pending, { timeout: 3_000, interval: 20 }).toEqual([])
})
