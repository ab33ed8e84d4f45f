// The delivery rules against a real HTTP server answering as the CMS would.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { submissionBatchMaxBytes, submissionBatchMaxItems } from '@dk/shared'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest'

import { createSubmissions, settledSubmissions } from '../../cms/client.ts'
import { log } from '../../log.ts'
import { OutboxDelivery, type DeliveryOptions } from './delivery.ts'
import { OutboxStore, type OutboxEntry } from './store.ts'
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
  cms.reset()
})
afterEach(async () => {
  vi.restoreAllMocks()
  for (const delivery of deliveries.splice(0)) delivery.stop()
  await rm(dir, { recursive: true, force: true })
})

/** An outbox on this test's folder, delivering to the test CMS; quick retries unless told. */
function outbox(options: Partial<DeliveryOptions> = {}) {
  const delivery = new OutboxDelivery({
    store: new OutboxStore(dir),
    send: (entries) => createSubmissions(entries.map((entry) => entry.submission)),
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
const keyOf = (entry: OutboxEntry) => entry.submission.idempotencyKey
/** Entries an earlier process left in the folder. */
async function leftBehind(entries: OutboxEntry[]) {
  const before = new OutboxStore(dir)
  for (const entry of entries) await before.put(entry)
  return entries.map(keyOf)
}
const sorted = (keys: string[]) => [...keys].sort()

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
  cms.answer({ status: 409 })
  const delivery = outbox()
  await delivery.submit(testEntry())
  await delivery.settled()
  expect(cms.received).toHaveLength(1)
  expect(await pending()).toEqual([])
  expect(await rejected()).toEqual([])
})

it('400: refused, moved aside to rejected/ and not tried again', async () => {
  cms.answer({ status: 400, fields: ['email'] })
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

it('a pass sends in batches, several in flight, never more than maxBatchesInFlight', async () => {
  const keys = await leftBehind(Array.from({ length: 7 }, (_, n) => testEntry(`Person ${n}`)))
  const cmsHolds = cms.hold()
  let inFlight = 0
  let most = 0
  outbox({
    batchSize: 2,
    maxBatchesInFlight: 3,
    send: async (entries) => {
      most = Math.max(most, ++inFlight)
      try {
        return await createSubmissions(entries.map((entry) => entry.submission))
      } finally {
        inFlight -= 1
      }
    },
  }).start()
  // Nothing is answered yet: the pass has started all the batches it may.
  await expect.poll(() => cms.batches.length).toBe(3)
  cmsHolds.release()
  await expect.poll(pending, { timeout: 10_000 }).toEqual([])
  expect(most).toBe(3)
  expect(cms.batches.map((batch) => batch.keys.length)).toEqual([2, 2, 2, 1])
  expect(sorted(cms.stored)).toEqual(sorted(keys))
})

it('thanks the visitor once the entry is on disk, without waiting for the CMS', async () => {
  const cmsHolds = cms.hold()
  const delivery = outbox()
  const entry = testEntry()
  await delivery.submit(entry)
  // On disk, and the CMS has it in hand but has not answered yet.
  expect(await pending()).toEqual([`${keyOf(entry)}.json`])
  await expect.poll(() => cms.received.length).toBe(1)
  cmsHolds.release()
  await delivery.settled()
  expect(await pending()).toEqual([])
})

it('submissions that arrive while every batch is in flight wait and go together in the next', async () => {
  const cmsHolds = cms.hold()
  const delivery = outbox({ maxBatchesInFlight: 2 })
  const [first, second, ...later] = Array.from({ length: 7 }, (_, n) => testEntry(`Person ${n}`))
  // Each of the first two finds a free slot and is sent at once, alone.
  await delivery.submit(first!)
  await delivery.submit(second!)
  await expect.poll(() => cms.batches.length).toBe(2)
  for (const entry of later) await delivery.submit(entry)
  cmsHolds.release()
  await expect.poll(pending, { timeout: 10_000 }).toEqual([])
  await delivery.settled()
  expect(cms.batches.map((batch) => batch.keys)).toEqual([
    [keyOf(first!)],
    [keyOf(second!)],
    later.map(keyOf),
  ])
})

it('a batch answered 201, 409 and 400 per item: stored and already stored are settled, the refused set aside', async () => {
  const [stored, already, refused] = await leftBehind([
    testEntry('A'),
    testEntry('B'),
    testEntry('C'),
  ])
  cms.answerKey(already!, { status: 409 })
  cms.answerKey(refused!, { status: 400, fields: ['email'] })
  const delivery = outbox()
  await delivery.drain()
  expect(cms.batches.map((batch) => sorted(batch.keys))).toEqual([
    sorted([stored!, already!, refused!]),
  ])
  expect(cms.readBacks.map(sorted)).toEqual([sorted([stored!, already!])])
  expect(await pending()).toEqual([])
  expect(await rejected()).toEqual([`${refused}.json`])
  // Nothing is sent again: the refused one would be refused again.
  await delivery.drain()
  expect(cms.batches).toHaveLength(1)
  expect(await delivery.backlog()).toEqual({ pending: 0, rejected: 1 })
})

it('a batch answered 503 leaves every entry pending and counts one failed attempt', async () => {
  const keys = await leftBehind(Array.from({ length: 5 }, (_, n) => testEntry(`Person ${n}`)))
  const warnings = vi.spyOn(log, 'warn')
  cms.answer({ status: 503 })
  // Long enough that no retry happens during this test.
  const delivery = outbox({ minDelayMs: 60_000, maxDelayMs: 60_000 })
  await delivery.drain()
  expect(cms.batches).toHaveLength(1)
  expect(sorted(await pending())).toEqual(sorted(keys.map((key) => `${key}.json`)))
  expect(cms.readBacks).toEqual([])
  expect(warnings.mock.calls.map(([, message]) => message)).toEqual([
    '5 av 5 innsendinger venter, CMS svarte 503; forsøk 1',
  ])
})

it('after a failed batch the retry sends smaller ones, and full ones again once they are answered', async () => {
  // A COMMIT that fails now and then fails a whole batch: smaller ones get through more often.
  const keys = await leftBehind(Array.from({ length: 8 }, (_, n) => testEntry(`Person ${n}`)))
  cms.answer({ status: 500 })
  const delivery = outbox({ batchSize: 4, maxBatchesInFlight: 1 })
  await delivery.drain()
  cms.answer({ status: 201 })
  await expect.poll(pending, { timeout: 10_000 }).toEqual([])
  await delivery.settled()
  expect(cms.batches.map((batch) => batch.keys.length)).toEqual([4, 2, 4, 2])
  expect(sorted(cms.stored)).toEqual(sorted(keys))
})

it('a submission whose batch always fails ends up alone and holds back none of the others', async () => {
  const [failing, ...others] = await leftBehind(
    Array.from({ length: 8 }, (_, n) => testEntry(`Person ${n}`)),
  )
  cms.answerKey(failing!, 'failsBatch')
  outbox({ batchSize: 4 }).start()
  await expect.poll(pending, { timeout: 10_000 }).toEqual([`${failing}.json`])
  expect(sorted(cms.stored)).toEqual(sorted(others))
  await expect.poll(() => cms.batches.at(-1)?.keys).toEqual([failing])
})

it('a key the answer leaves out stays pending and is sent again; the others are settled', async () => {
  const [answered, leftOut] = await leftBehind([testEntry('A'), testEntry('B')])
  cms.answerKey(leftOut!, 'missing')
  const delivery = outbox()
  await delivery.drain()
  expect(await pending()).toEqual([`${leftOut}.json`])
  expect(cms.readBacks).toEqual([[answered]])

  cms.answerKey(leftOut!, undefined)
  await expect.poll(pending, { timeout: 10_000 }).toEqual([])
  expect(sorted(cms.stored)).toEqual(sorted([answered!, leftOut!]))
  expect(cms.batches.map((batch) => sorted(batch.keys))).toEqual([
    sorted([answered!, leftOut!]),
    [leftOut],
  ])
})

it('splits a batch by its bytes: long messages go in several requests, each within the limit', async () => {
  // The form's longest message in three-byte characters: about 15 KB per submission.
  const message = '€'.repeat(5_000)
  const keys = await leftBehind(
    Array.from({ length: submissionBatchMaxItems }, (_, n) => testEntry(`Person ${n}`, message)),
  )
  await outbox().drain()
  expect(await pending()).toEqual([])
  expect(cms.batches.length).toBeGreaterThan(1)
  for (const batch of cms.batches) expect(batch.bytes).toBeLessThanOrEqual(submissionBatchMaxBytes)
  expect(sorted(cms.batches.flatMap((batch) => batch.keys))).toEqual(sorted(keys))
  expect(sorted(cms.stored)).toEqual(sorted(keys))
})

for (const [what, storedBeforeRestart] of [
  ['stored, its answer lost', true],
  ['not stored', false],
] as const) {
  it(`a restart in the middle of a batch (${what}): nothing is lost or stored twice`, async () => {
    const keys = await leftBehind(Array.from({ length: 4 }, (_, n) => testEntry(`Person ${n}`)))
    const cmsHolds = cms.hold()
    const before = outbox()
    before.start()
    await expect.poll(() => cms.batches.length).toBe(1)
    // The process ends with the batch at the CMS; the CMS then finishes it or not.
    before.stop()
    cms.answer({ status: 201, stores: storedBeforeRestart })
    cmsHolds.release({ drop: true })
    await before.settled()
    expect(sorted(await pending())).toEqual(sorted(keys.map((key) => `${key}.json`)))

    cms.answer({ status: 201 })
    const after = outbox()
    after.start()
    await expect.poll(pending, { timeout: 10_000 }).toEqual([])
    await after.settled()
    expect(sorted(cms.stored)).toEqual(sorted(keys))
    expect(cms.batches.map((batch) => sorted(batch.keys))).toEqual([sorted(keys), sorted(keys)])
    expect(await rejected()).toEqual([])
  })
}

it('a burst beyond the batches in flight: each submission is delivered exactly once', async () => {
  cms.answer({ status: 201, delayMs: 20 })
  const delivery = outbox({ maxBatchesInFlight: 2, batchSize: 3 })
  const entries = Array.from({ length: 30 }, (_, n) => testEntry(`Person ${n}`))
  // One after another, so that some arrive while a pass over the folder is under way.
  for (const entry of entries) {
    await delivery.submit(entry)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await expect.poll(pending, { timeout: 5_000 }).toEqual([])
  await delivery.settled()
  expect(sorted(cms.received.map((request) => request.idempotencyKey))).toEqual(
    sorted(entries.map(keyOf)),
  )
})

it('counts batches that fail side by side as one failed attempt, so the retry comes soon', async () => {
  // Slow enough that both batches are under way before the first answer.
  cms.answer({ status: 503, delayMs: 200 })
  const delivery = outbox({
    minDelayMs: 50,
    // Failures counted per batch or per submission would wait 50 ms · 2⁷ = 6.4 s and more.
    maxDelayMs: 60_000,
    maxBatchesInFlight: 2,
  })
  await Promise.all(Array.from({ length: 8 }, () => delivery.submit(testEntry())))
  await delivery.settled()
  // Two sent alone at once; the other six waited for them and were left to the retry.
  expect(cms.batches.map((batch) => batch.keys.length)).toEqual([1, 1])
  // The first retry fails too; the one after it must still come within the first steps.
  cms.answer({ status: 503 })
  await expect.poll(() => cms.batches.length).toBeGreaterThan(2)
  cms.answer({ status: 201 })
  await expect.poll(pending, { timeout: 3_000, interval: 20 }).toEqual([])
})
