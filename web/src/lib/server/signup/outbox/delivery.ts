// Delivers the outbox to the CMS: as soon as a submission is on disk and the CMS is answering,
// otherwise in the background with exponential backoff and jitter, capped, so an outage costs a
// request every few seconds at most instead of a hot loop. The visitor waits for the disk only:
// the CMS's speed is not theirs to wait for, and the entry is safe once written.
//
// Submissions go in batches, group-commit style: one that arrives while a batch slot is free is
// sent at once (a lone sign-up waits for nobody); those that arrive while every slot is busy wait
// and go together in the next batch. A burst then costs the CMS one request (and one transaction)
// per batch instead of one per sign-up, and with two batches in flight the CMS has the next one in
// hand while web reads the answer to the last.
//
// Each entry carries its idempotency key, so a delivery that is repeated (a timeout after the CMS
// stored it, a restart) is stored once. An entry is deleted only when the CMS lists its key as held,
// asked after the delivery: a 201 or 409 alone is no proof (the CMS's COMMIT can still fail), and
// one read-back covers every entry answered since the last one.
import { submissionBatchMaxItems, type SubmissionOutcome } from '@dk/shared'

import { errorForLog, log } from '../../log.ts'
import type { OutboxEntry, OutboxStore } from './store.ts'

export type DeliveryOptions = {
  store: OutboxStore
  /**
   * Sends a batch: the submission contract's outcome per idempotency key
   * (shared/src/contracts/submission.ts). A key without an outcome, an unavailable one, or a
   * throw means: try it again later.
   */
  send: (entries: readonly OutboxEntry[]) => Promise<Map<string, SubmissionOutcome>>
  /** Which of these idempotency keys the CMS holds; throws when it cannot tell now. */
  settled: (keys: readonly string[]) => Promise<Set<string>>
  /** First wait after a failure; doubles per failure up to `maxDelayMs`. */
  minDelayMs?: number
  maxDelayMs?: number
  /** Batches in flight at one time; submissions beyond them wait for the next free one. */
  maxBatchesInFlight?: number
  /** Submissions per batch, at most the contract's submissionBatchMaxItems (one read-back's worth). */
  batchSize?: number
}

export class OutboxDelivery {
  private readonly store: OutboxStore
  private readonly send: DeliveryOptions['send']
  private readonly settledKeys: DeliveryOptions['settled']
  private readonly minDelayMs: number
  private readonly maxDelayMs: number
  private readonly maxBatchesInFlight: number
  private readonly batchSize: number
  /**
   * Submissions per batch now: halved by each failed attempt, doubled back by each answered batch.
   * The CMS stores a batch in one transaction, so one submission whose COMMIT fails fails its
   * whole batch; smaller batches after a failure let the others through (and a submission that
   * always fails ends up alone).
   */
  private batchLimit: number
  private failures = 0
  private timer: NodeJS.Timeout | undefined
  private draining: Promise<void> | undefined
  /** A pass was asked for while one ran: it may have listed the folder too early. */
  private passAgain = false
  private stopped = false
  /** Keys for the next batch, in arrival order. */
  private readonly waiting = new Set<string>()
  /** Keys in a batch in flight: never sent twice at once. */
  private readonly sending = new Set<string>()
  private readonly batches = new Set<Promise<void>>()
  /** Answered stored or already stored (201/409), not yet read back: their files stay until the CMS lists them. */
  private readonly answered = new Set<string>()
  private readingBack: Promise<void> | undefined
  private readBackAgain = false

  constructor({
    store,
    send,
    settled,
    minDelayMs = 1_000,
    maxDelayMs = 5 * 60_000,
    maxBatchesInFlight = 2,
    batchSize = submissionBatchMaxItems,
  }: DeliveryOptions) {
    this.store = store
    this.send = send
    this.settledKeys = settled
    this.minDelayMs = minDelayMs
    this.maxDelayMs = maxDelayMs
    this.maxBatchesInFlight = maxBatchesInFlight
    this.batchSize = Math.min(batchSize, submissionBatchMaxItems)
    this.batchLimit = this.batchSize
  }

  /** Delivers what an earlier run left behind, then keeps delivering whatever fails later. */
  start(): void {
    this.stopped = false
    this.schedule(0)
  }

  stop(): void {
    this.stopped = true
    // On disk: the next start's pass sends them.
    this.waiting.clear()
    clearTimeout(this.timer)
    this.timer = undefined
  }

  /**
   * Stores a visitor's submission durably and, while the CMS is answering, queues it for the next
   * batch. Resolves once the entry is on disk (the visitor may be thanked), without waiting for
   * the CMS; rejects when it could not be written. While the CMS is down the entry waits for the
   * background loop: no extra requests.
   */
  async submit(entry: OutboxEntry): Promise<void> {
    await this.store.put(entry)
    if (this.failures > 0 || this.stopped) {
      this.schedule(this.delay())
      return
    }
    this.waiting.add(entry.submission.idempotencyKey)
    this.sendWaiting()
  }

  /** Resolves when the deliveries under way have ended (tests). */
  async settled(): Promise<void> {
    while (this.batches.size > 0 || this.draining || this.readingBack)
      await Promise.allSettled([...this.batches, this.draining, this.readingBack])
  }

  /** How many entries wait for delivery, and how many the CMS refused (for /readyz). */
  async backlog(): Promise<{ pending: number; rejected: number }> {
    return {
      pending: (await this.store.pendingKeys()).length,
      rejected: await this.store.rejectedCount(),
    }
  }

  /** Runs one pass over the outbox now; resolves when the pass is over. */
  drain(): Promise<void> {
    if (this.draining) {
      this.passAgain = true
      return this.draining
    }
    this.draining = (async () => {
      do {
        this.passAgain = false
        await this.pass()
      } while (this.passAgain && !this.stopped)
    })().finally(() => {
      this.draining = undefined
    })
    return this.draining
  }

  /**
   * Queues every entry on disk that is not under way and waits until each was answered or the CMS
   * stopped answering (a failed batch empties the queue: the rest waits for the next pass).
   */
  private async pass(): Promise<void> {
    const keys = (await this.store.pendingKeys()).filter(
      // Answered ones are settled by the read-back below; sending them again would not.
      (key) => !this.answered.has(key) && !this.sending.has(key),
    )
    if (this.stopped) return
    for (const key of keys) this.waiting.add(key)
    this.sendWaiting()
    while (
      this.batches.size > 0 &&
      keys.some((key) => this.waiting.has(key) || this.sending.has(key))
    )
      await Promise.allSettled([...this.batches])
    if (this.stopped) return
    await this.readBack()
    if (this.failures > 0) this.schedule(this.delay())
  }

  /** Fills the free batch slots from the queue, each with as many waiting keys as a batch takes. */
  private sendWaiting(): void {
    while (!this.stopped && this.waiting.size > 0 && this.batches.size < this.maxBatchesInFlight) {
      const keys: string[] = []
      for (const key of this.waiting) {
        if (keys.length === this.batchLimit) break
        keys.push(key)
      }
      for (const key of keys) {
        this.waiting.delete(key)
        this.sending.add(key)
      }
      const batch: Promise<void> = this.deliverBatch(keys)
        .catch((error: unknown) => this.retryLater('levering av innsendinger feilet', error))
        .finally(() => {
          for (const key of keys) this.sending.delete(key)
          this.batches.delete(batch)
          // Before this batch counts as ended, so settled() sees the next one.
          this.sendWaiting()
        })
      this.batches.add(batch)
    }
  }

  /** One batch: sent, each answer taken in, a read-back started for those the CMS answered. */
  private async deliverBatch(keys: readonly string[]): Promise<void> {
    const failuresBefore = this.failures
    // Gone ones were settled meanwhile (by another web instance sharing the folder).
    const entries = (await Promise.all(keys.map((key) => this.store.read(key)))).filter(
      (entry) => entry !== undefined,
    )
    if (entries.length === 0) return
    let outcomes: Map<string, SubmissionOutcome>
    try {
      outcomes = await this.send(entries)
    } catch (error) {
      outcomes = new Map()
      log.warn('outbox', `${entries.length} innsendinger: ${errorForLog(error)}`)
    }
    const { answered, refused, unavailable } = sortOutcomes(entries, outcomes)
    this.countAttempt(failuresBefore, entries.length, unavailable)
    for (const key of answered) this.answered.add(key)
    // Started before the batch ends, so settled() waits for it too.
    if (answered.length > 0)
      void this.readBack().catch((error: unknown) =>
        this.retryLater('utboksen kunne ikke ryddes', error),
      )
    for (const { key, fields } of refused) {
      await this.store.reject(key)
      log.error(
        'outbox',
        `CMS avviste innsending ${key} (${fields.join(', ')}); lagt til side i rejected/`,
      )
    }
  }

  /**
   * A batch with an entry left unavailable is one failed attempt, however many of its entries
   * failed, and batches that fail side by side count as one too (`failuresBefore`): the backoff
   * grows with attempts over time, not with how many submissions were under way.
   */
  private countAttempt(
    failuresBefore: number,
    sent: number,
    unavailable: { count: number; status: number },
  ) {
    if (unavailable.count === 0) {
      if (this.failures > 0) log.info('outbox', `${sent} innsendinger levert etter venting`)
      this.failures = 0
      this.batchLimit = Math.min(this.batchSize, this.batchLimit * 2)
      return
    }
    if (this.failures <= failuresBefore) this.batchLimit = Math.ceil(this.batchLimit / 2)
    this.failures = Math.max(this.failures, failuresBefore + 1)
    // The first failure ends the pass: the CMS gets no more until the backoff is over.
    this.waiting.clear()
    const { count, status } = unavailable
    // 200: the CMS answered the batch but left these keys out (the contract: unavailable).
    const answer =
      status === 0
        ? 'CMS svarte ikke'
        : status === 200
          ? 'CMS svarte uten dem'
          : `CMS svarte ${status}`
    log.warn(
      'outbox',
      `${count} av ${sent} innsendinger venter, ${answer}; forsøk ${this.failures}`,
    )
    this.schedule(this.delay())
  }

  /**
   * Asks the CMS which answered entries it holds, deletes those and sends the others again. One
   * read-back at a time: the entries answered meanwhile go together in the next.
   */
  private readBack(): Promise<void> {
    this.readBackAgain = true
    this.readingBack ??= this.readBackWhileAsked()
    return this.readingBack
  }

  private async readBackWhileAsked(): Promise<void> {
    try {
      while (this.readBackAgain) {
        this.readBackAgain = false
        await this.readBackOnce()
      }
    } finally {
      this.readingBack = undefined
    }
  }

  private async readBackOnce(): Promise<void> {
    const keys = [...this.answered]
    if (keys.length === 0) return
    let held: Set<string>
    try {
      held = await this.settledKeys(keys)
    } catch (error) {
      // They stay answered: the next pass asks again instead of sending them again.
      this.failures += 1
      log.warn(
        'outbox',
        `${keys.length} innsendinger venter på bekreftelse fra CMS (${errorForLog(error)}); forsøk ${this.failures}`,
      )
      this.schedule(this.delay())
      return
    }
    // All at once: one directory sync serves every removal (syncDir's group commit), where one
    // after another would wait for a sync each.
    await Promise.all(keys.filter((key) => held.has(key)).map((key) => this.store.remove(key)))
    // Only now: until its file is gone, a pass listing the folder must not send it again.
    for (const key of keys) this.answered.delete(key)
    const missing = keys.filter((key) => !held.has(key))
    for (const key of missing)
      log.error(
        'outbox',
        `CMS svarte at innsending ${key} var lagret, men har den ikke; sendes igjen`,
      )
    if (missing.length > 0) {
      this.failures += 1
      this.schedule(this.delay())
    }
  }

  private delay(): number {
    const exponent = Math.max(0, this.failures - 1)
    const capped = Math.min(this.maxDelayMs, this.minDelayMs * 2 ** Math.min(exponent, 30))
    // Full jitter in the upper half: several web instances do not retry in lockstep.
    return Math.round(capped / 2 + (Math.random() * capped) / 2)
  }

  private schedule(delayMs: number) {
    if (this.stopped || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.drainInBackground()
    }, delayMs)
    this.timer.unref()
  }

  private drainInBackground() {
    void this.drain().catch((error: unknown) => this.retryLater('utboksen kunne ikke leses', error))
  }

  /** The outbox's own files failed (not the CMS): say so, and try again after a while. */
  private retryLater(what: string, error: unknown) {
    log.error('outbox', `${what}: ${errorForLog(error)}`)
    this.failures += 1
    this.schedule(this.delay())
  }
}

/** A batch's answers by kind; a key the CMS did not answer for is unavailable (the contract). */
function sortOutcomes(entries: readonly OutboxEntry[], outcomes: Map<string, SubmissionOutcome>) {
  const answered: string[] = []
  const refused: { key: string; fields: string[] }[] = []
  const unavailable = { count: 0, status: 0 }
  for (const { submission } of entries) {
    const key = submission.idempotencyKey
    const outcome = outcomes.get(key) ?? { kind: 'unavailable', status: 0 }
    if (outcome.kind === 'unavailable') {
      unavailable.count += 1
      unavailable.status = outcome.status
    } else if (outcome.kind === 'refused') refused.push({ key, fields: outcome.fields })
    else answered.push(key)
  }
  return { answered, refused, unavailable }
}
