// Listens to PostgreSQL for published changes (the triggers of migration 20261202_150000_change_notify)
// on a connection of its own: LISTEN needs a session that stays open, which a pooled connection is
// not. NOTIFY is delivered after its transaction commits, in commit order, so whatever arrives
// here is already visible to every reader. The connection reconnects by itself with backoff; events
// committed while it was down are lost, so after a reconnect subscribers hear `reset`
// ("everything may have changed").
import { changeEventSchema, changesChannel, type ChangeEvent } from '@dk/shared'
import pg from 'pg'

export type ChangeSignal = { type: 'change'; event: ChangeEvent } | { type: 'reset' }

type Logger = {
  info: (message: string) => void
  warn: (message: string) => void
}

export type ChangeListenerOptions = {
  connectionString: string
  logger: Logger
  /** First and longest wait before connecting again after the connection was lost. */
  minDelayMs?: number
  maxDelayMs?: number
  /** How often the idle connection is checked (a half-open TCP connection says nothing). */
  checkEveryMs?: number
}

export class ChangeListener {
  readonly #options: Required<ChangeListenerOptions>
  readonly #subscribers = new Set<(signal: ChangeSignal) => void>()
  #client: pg.Client | undefined
  #listening = false
  #listenedBefore = false
  #failures = 0
  #stopped = false
  #started = false
  #retry: NodeJS.Timeout | undefined
  #check: NodeJS.Timeout | undefined
  #waiters = new Set<() => void>()

  constructor(options: ChangeListenerOptions) {
    this.#options = { minDelayMs: 500, maxDelayMs: 30_000, checkEveryMs: 30_000, ...options }
  }

  /** True while LISTEN is in effect: every commit from now on is heard. */
  get listening(): boolean {
    return this.#listening
  }

  /** Starts listening (once); `notify` gets every signal, in commit order, until unsubscribed. */
  subscribe(notify: (signal: ChangeSignal) => void): () => void {
    this.#subscribers.add(notify)
    this.start()
    return () => this.#subscribers.delete(notify)
  }

  start(): void {
    if (this.#started) return
    this.#started = true
    void this.#connect()
  }

  /** Resolves true once listening, false after `timeoutMs` without. */
  whenListening(timeoutMs: number): Promise<boolean> {
    if (this.#listening) return Promise.resolve(true)
    return new Promise((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer)
        this.#waiters.delete(onListening)
        resolve(value)
      }
      const onListening = () => done(true)
      const timer = setTimeout(() => done(false), timeoutMs)
      this.#waiters.add(onListening)
    })
  }

  async stop(): Promise<void> {
    this.#stopped = true
    clearTimeout(this.#retry)
    clearInterval(this.#check)
    this.#listening = false
    const client = this.#client
    this.#client = undefined
    await client?.end().catch(() => {})
  }

  /** The backend's process id, for tests that end it (pg_terminate_backend). */
  get backendPid(): number | undefined {
    return (this.#client as { processID?: number } | undefined)?.processID
  }

  async #connect(): Promise<void> {
    if (this.#stopped) return
    const client = new pg.Client({ connectionString: this.#options.connectionString })
    this.#client = client
    client.on('error', (error) => this.#lost(client, error))
    client.on('end', () => this.#lost(client))
    client.on('notification', (message) => {
      if (client !== this.#client || message.channel !== changesChannel) return
      this.#onNotification(message.payload)
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${changesChannel}`)
    } catch (error) {
      this.#lost(client, error)
      return
    }
    if (client !== this.#client) return
    this.#listening = true
    this.#failures = 0
    for (const waiter of this.#waiters) waiter()
    this.#check = setInterval(() => void this.#checkAlive(client), this.#options.checkEveryMs)
    this.#check.unref()
    if (this.#listenedBefore) {
      this.#options.logger.info('endringsvarsler: lytter på databasen igjen')
      this.#emit({ type: 'reset' })
    }
    this.#listenedBefore = true
  }

  async #checkAlive(client: pg.Client): Promise<void> {
    try {
      await Promise.race([
        client.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('svarer ikke')), 10_000).unref(),
        ),
      ])
    } catch (error) {
      this.#lost(client, error)
    }
  }

  #lost(client: pg.Client, error?: unknown): void {
    if (client !== this.#client || this.#stopped) return
    this.#client = undefined
    this.#listening = false
    clearInterval(this.#check)
    void client.end().catch(() => {})
    const delay = Math.min(
      this.#options.maxDelayMs,
      this.#options.minDelayMs * 2 ** Math.min(this.#failures, 16),
    )
    this.#failures += 1
    const reason = (error as { code?: string; message?: string } | undefined)?.code ?? 'lukket'
    this.#options.logger.warn(
      `endringsvarsler: tilkoblingen til databasen ble brutt (${reason}); prøver igjen om ${delay} ms`,
    )
    this.#retry = setTimeout(() => void this.#connect(), delay)
    this.#retry.unref()
  }

  #onNotification(payload: string | undefined): void {
    let event: ChangeEvent | undefined
    try {
      const parsed = changeEventSchema.safeParse(JSON.parse(payload ?? ''))
      if (parsed.success) event = parsed.data
    } catch {
      // handled below
    }
    if (event) return this.#emit({ type: 'change', event })
    // Something changed, but not what: say "everything may have changed" rather than nothing.
    this.#options.logger.warn('endringsvarsler: ukjent varsel fra databasen; alt hentes på nytt')
    this.#emit({ type: 'reset' })
  }

  #emit(signal: ChangeSignal): void {
    for (const notify of this.#subscribers) notify(signal)
  }
}

const key = Symbol.for('dk.changeListener')
type WithListener = { [key]?: ChangeListener }

/**
 * This process's one listener, whichever bundle asks (Next.js may load this module more than once).
 * Made on first use: a process no web replica subscribes to (a seed script, a test) holds no
 * connection for it.
 */
export function changeListener(options: () => ChangeListenerOptions): ChangeListener {
  const holder = globalThis as WithListener
  holder[key] ??= new ChangeListener(options())
  return holder[key]
}
