// Delivers the outbox to the CMS: as soon as a submission is on disk and the CMS is answering,
// otherwise in the background with exponential backoff and jitter, capped, so an outage costs a
// request every few seconds at most instead of a hot loop. The visitor waits for the disk only:
// the CMS's speed is not theirs to wait for, and the entry is safe once written. Each entry carries
// its idempotency key, so a delivery that is repeated (a timeout after the CMS stored it, a
// restart) is stored once. An entry is deleted only when the CMS lists its key as held, asked
// after the delivery: a 201 or 409 alone is no proof (the CMS's COMMIT can still fail), and
// one read-back covers every entry answered since the last one.
import type { SubmissionOutcome } from '@dk/shared'

import { errorForLog, log } from '../../log.ts'
import type { OutboxEntry, OutboxStore } from './store.ts'

export type DeliveryOptions = {
  store: OutboxStore
  /**
   * Sends one submission: the submission contract's outcome (shared/src/contracts/submission.ts).
   * Unavailable, or a throw, means: try again later.
   */
  send: (entry: OutboxEntry) => Promise<SubmissionOutcome>
  /** Which of these idempotency keys the CMS holds; throws when it cannot tell now. */
  settled: (keys: readonly string[]) => Promise<Set<string>>
  /** First wait after a failure; doubles per failure up to `maxDelayMs`. */
  minDelayMs?: number
  maxDelayMs?: number
  /** Deliveries started by `submit` at one time (beyond that, entries wait for the next pass), and in flight in a pass. */
  maxConcurrent?: number
}

export class OutboxDelivery {
  private readonly store: OutboxStore
  private readonly send: DeliveryOptions['send']
  private readonly settledKeys: DeliveryOptions['settled']
  private readonly minDelayMs: number
  private readonly maxDelayMs: number
  private readonly maxConcurrent: number
  private failures = 0
  private timer: NodeJS.Timeout | undefined
  private draining: Promise<void> | undefined
  /** A pass was asked for while one ran: it may have listed the folder too early. */
  private passAgain = false
  private readonly inFlight = new Map<string, Promise<boolean>>()
  private stopped = false
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
    maxConcurrent = 8,
  }: DeliveryOptions) {
    this.store = store
    this.send = send
    this.settledKeys = settled
    this.minDelayMs = minDelayMs
    this.maxDelayMs = maxDelayMs
    this.maxConcurrent = maxConcurrent
  }

  /** Delivers what an earlier run left behind, then keeps delivering whatever fails later. */
  start(): void {
    this.stopped = false
    this.schedule(0)
  }

  stop(): void {
    this.stopped = true
    clearTimeout(this.timer)
    this.timer = undefined
  }

  /**
   * Stores a visitor's submission durably and, while the CMS is answering, starts delivering it.
   * Resolves once the entry is on disk (the visitor may be thanked), without waiting for the CMS;
   * rejects when it could not be written. While the CMS is down the entry waits for the
   * background loop: no extra requests.
   */
  async submit(entry: OutboxEntry): Promise<void> {
    await this.store.put(entry)
    if (this.failures > 0 || this.stopped) {
      this.schedule(this.delay())
      return
    }
    if (this.inFlight.size >= this.maxConcurrent) {
      // Enough is under way; a pass takes this one in turn.
      this.drainInBackground()
      return
    }
    const key = entry.submission.idempotencyKey
    // It is on disk; should anything fail, the background loop finishes the job.
    void this.deliver(key, { readBack: true }).catch((error: unknown) =>
      this.retryLater(`levering av ${key} feilet`, error),
    )
  }

  /** Resolves when the deliveries under way have ended (tests). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0 || this.draining || this.readingBack)
      await Promise.allSettled([...this.inFlight.values(), this.draining, this.readingBack])
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

  private async pass(): Promise<void> {
    // Up to maxConcurrent in flight: one at a time left the CMS idle between a submission's round
    // trips and fell behind a burst. The first one the CMS does not answer ends the pass.
    const keys = await this.store.pendingKeys()
    let failed = false
    const worker = async () => {
      for (let key = keys.shift(); key !== undefined && !failed; key = keys.shift()) {
        if (this.stopped) return
        // Answered already; the read-back below settles it, sending it again would not.
        if (!this.answered.has(key) && !(await this.deliver(key))) failed = true
      }
    }
    await Promise.all(Array.from({ length: this.maxConcurrent }, worker))
    if (this.stopped) return
    await this.readBack()
    if (this.failures > 0) this.schedule(this.delay())
  }

  /**
   * True when the CMS answered (stored, already stored, refused) or the entry is gone. With
   * `readBack`, a delivery on its own (not part of a pass) also asks for the read-back.
   */
  private deliver(key: string, { readBack = false } = {}): Promise<boolean> {
    // Already on its way: the delivery under way settles it or schedules a retry.
    const underWay = this.inFlight.get(key)
    if (underWay) return underWay.catch(() => true)
    const delivery = this.deliverOnce(key)
      .then((answered) => {
        // Still in flight until the read-back has started, so settled() waits for it too.
        if (readBack && this.answered.has(key))
          void this.readBack().catch((error: unknown) =>
            this.retryLater('utboksen kunne ikke ryddes', error),
          )
        return answered
      })
      .finally(() => this.inFlight.delete(key))
    this.inFlight.set(key, delivery)
    return delivery
  }

  private async deliverOnce(key: string): Promise<boolean> {
    // Deliveries that fail side by side are one failed attempt, not several: the backoff grows
    // with attempts over time, not with how many submissions were under way.
    const failuresBefore = this.failures
    const entry = await this.store.read(key)
    if (!entry) return true
    let outcome: SubmissionOutcome
    try {
      outcome = await this.send(entry)
    } catch (error) {
      outcome = { kind: 'unavailable', status: 0 }
      log.warn('outbox', `innsending ${key}: ${errorForLog(error)}`)
    }
    if (outcome.kind === 'unavailable') {
      this.failures = Math.max(this.failures, failuresBefore + 1)
      const answer = outcome.status ? `CMS svarte ${outcome.status}` : 'CMS svarte ikke'
      log.warn('outbox', `innsending ${key} venter, ${answer}; forsøk ${this.failures}`)
      this.schedule(this.delay())
      return false
    }
    if (outcome.kind === 'refused') {
      await this.store.reject(key)
      log.error(
        'outbox',
        `CMS avviste innsending ${key} (${outcome.fields.join(', ')}); lagt til side i rejected/`,
      )
    } else {
      this.answered.add(key)
      if (this.failures > 0) log.info('outbox', `innsending ${key} levert etter venting`)
    }
    this.failures = 0
    return true
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
    let missing = 0
    for (const key of keys) {
      this.answered.delete(key)
      if (held.has(key)) {
        await this.store.remove(key)
      } else {
        missing += 1
        log.error(
          'outbox',
          `CMS svarte at innsending ${key} var lagret, men har den ikke; sendes igjen`,
        )
      }
    }
    if (missing > 0) {
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
