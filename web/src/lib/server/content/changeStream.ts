// web's subscription to the CMS's change events (shared/src/contracts/changes.ts): one
// server-sent-events stream, held open and opened again by itself with backoff. Every event, and
// every (re)connect (events may have been missed meanwhile), makes web fetch its content again:
// all of it, since a card, an image or the settings show on many pages. Events that arrive while a
// refresh runs are served by one more refresh after it (it starts after they were committed), not
// one each. While the stream is down, the content cache's own periodic refresh is all there is;
// `state()` says so for /hooks/readyz.
import { changeEventSchema, changesHeartbeatMs, type ChangeEvent } from '@dk/shared'

export type ChangeStreamState = {
  stream: 'connecting' | 'connected' | 'down'
  /** Since when it is in this state (ISO time). */
  since: string
  /** Events received since start, and the last one's time. */
  events: number
  lastEventAt?: string
}

export type ChangeStreamOptions = {
  /** Opens the stream (a GET with the service key); `signal` aborts it. */
  connect: (signal: AbortSignal) => Promise<Response>
  /** Fetch everything again (after a change, a reset, each (re)connect). */
  refresh: () => Promise<void>
  /** Told of each change, e.g. to log it. */
  onChange?: (event: ChangeEvent) => void
  log: { info: (message: string) => void; warn: (message: string) => void }
  /** First and longest wait before connecting again. */
  minDelayMs?: number
  maxDelayMs?: number
  /** No byte for this long (heartbeats included): the connection is dead, connect again. */
  silenceMs?: number
  now?: () => Date
}

/** One server-sent event: its name (`message` when none) and data. */
export type SseEvent = { event: string; data: string }

/** Splits a server-sent-events byte stream (decoded) into events; comments are dropped. */
export class SseParser {
  #buffer = ''
  #event = ''
  #data: string[] = []

  push(chunk: string): SseEvent[] {
    this.#buffer += chunk
    const events: SseEvent[] = []
    let newline: number
    while ((newline = this.#buffer.search(/\r\n|\n|\r/)) >= 0) {
      // A CR at the end may be the first half of a CRLF split between chunks: wait for the next.
      if (newline === this.#buffer.length - 1 && this.#buffer.endsWith('\r')) break
      const line = this.#buffer.slice(0, newline)
      const length = this.#buffer.startsWith('\r\n', newline) ? 2 : 1
      this.#buffer = this.#buffer.slice(newline + length)
      if (line === '') {
        if (this.#data.length > 0 || this.#event)
          events.push({ event: this.#event || 'message', data: this.#data.join('\n') })
        this.#event = ''
        this.#data = []
        continue
      }
      if (line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.slice(0, colon)
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (field === 'event') this.#event = value
      else if (field === 'data') this.#data.push(value)
    }
    return events
  }
}

export class ChangeStream {
  readonly #options: Required<Omit<ChangeStreamOptions, 'now'>> & { now: () => Date }
  #state: ChangeStreamState
  #abort: AbortController | undefined
  #stopped = false
  #failures = 0
  #retry: NodeJS.Timeout | undefined
  /** The refresh running now, and whether another must follow it. */
  #refreshing: Promise<void> | undefined
  #again = false

  constructor(options: ChangeStreamOptions) {
    this.#options = {
      minDelayMs: 1_000,
      maxDelayMs: 30_000,
      silenceMs: changesHeartbeatMs * 3,
      onChange: () => {},
      now: () => new Date(),
      ...options,
    }
    this.#state = { stream: 'connecting', since: this.#options.now().toISOString(), events: 0 }
  }

  state(): ChangeStreamState {
    return { ...this.#state }
  }

  start(): void {
    void this.#run()
  }

  stop(): void {
    this.#stopped = true
    clearTimeout(this.#retry)
    this.#abort?.abort()
  }

  /** Resolves once the refreshes asked for so far are done. */
  async settled(): Promise<void> {
    while (this.#refreshing) await this.#refreshing
  }

  #set(stream: ChangeStreamState['stream']) {
    if (this.#state.stream === stream) return
    this.#state = { ...this.#state, stream, since: this.#options.now().toISOString() }
  }

  #refresh() {
    if (this.#refreshing) {
      this.#again = true
      return
    }
    this.#refreshing = (async () => {
      do {
        this.#again = false
        await this.#options.refresh().catch((error: unknown) => {
          this.#options.log.warn(`henting etter endring feilet: ${String(error)}`)
        })
      } while (this.#again)
    })().finally(() => {
      this.#refreshing = undefined
    })
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      const reason = await this.#connectOnce()
      if (this.#stopped) return
      this.#set('down')
      const delay = Math.min(
        this.#options.maxDelayMs,
        this.#options.minDelayMs * 2 ** Math.min(this.#failures, 16),
      )
      this.#failures += 1
      this.#options.log.warn(
        `endringsstrømmen fra CMS-et er nede (${reason}); prøver igjen om ${delay} ms, innholdet hentes periodisk imens`,
      )
      await new Promise<void>((resolve) => {
        this.#retry = setTimeout(resolve, delay)
        this.#retry.unref?.()
      })
    }
  }

  /** One connection, until it ends; resolves with why it ended. */
  async #connectOnce(): Promise<string> {
    const abort = new AbortController()
    this.#abort = abort
    let silence: NodeJS.Timeout | undefined
    const keepAlive = () => {
      clearTimeout(silence)
      silence = setTimeout(() => abort.abort(new Error('stille')), this.#options.silenceMs)
      silence.unref?.()
    }
    try {
      keepAlive()
      const response = await this.#options.connect(abort.signal)
      if (!response.ok || !response.body) {
        await response.body?.cancel().catch(() => {})
        return `svarte ${response.status}`
      }
      const parser = new SseParser()
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return 'lukket'
        keepAlive()
        for (const event of parser.push(value)) this.#handle(event)
      }
    } catch (error) {
      if (abort.signal.aborted && abort.signal.reason instanceof Error)
        return abort.signal.reason.message
      return error instanceof Error ? error.message : String(error)
    } finally {
      clearTimeout(silence)
      abort.abort()
    }
  }

  #handle({ event, data }: SseEvent) {
    if (event === 'ready') {
      // Connected: whatever changed while we were not is unknown, so everything is fetched again.
      if (this.#failures > 0) this.#options.log.info('endringsstrømmen fra CMS-et er oppe igjen')
      this.#failures = 0
      this.#set('connected')
      this.#refresh()
      return
    }
    if (event !== 'change' && event !== 'reset') return
    this.#count()
    if (event === 'change') {
      const change = parseChange(data)
      if (change) this.#options.onChange(change)
      else this.#options.log.warn('ukjent endring fra CMS-et; alt hentes på nytt')
    }
    this.#refresh()
  }

  #count() {
    this.#state = {
      ...this.#state,
      events: this.#state.events + 1,
      lastEventAt: this.#options.now().toISOString(),
    }
  }
}

function parseChange(data: string): ChangeEvent | undefined {
  try {
    const parsed = changeEventSchema.safeParse(JSON.parse(data))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
