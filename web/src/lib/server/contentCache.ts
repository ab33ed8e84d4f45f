// In-memory cache of CMS content that prefers an old answer to no answer: when the CMS is slow,
// down or sends something invalid, readers get the last good version. Fresh content arrives by
// explicit invalidation (the CMS's signed call), and by re-fetching entries older than maxAge.
// Answers that something does not exist (an address nobody published) are kept apart, few and
// briefly, and never refreshed: addresses anyone can make up must not push real content out.

type Entry<T> = {
  value: T
  fetchedAt: number
  /** Set by invalidation: the next read waits for fresh content instead of serving this. */
  stale: boolean
  /** After a failed fetch, no new attempt before this time (the last good value is served). */
  retryAfter: number
  inflight?: Promise<T>
  /** The invalidation count when `inflight` started: a fetch begun before one may miss it. */
  inflightGeneration?: number
  /** The invalidation count when `value` was fetched. */
  generation: number
  load: () => Promise<T>
}

export type ContentCacheOptions<T> = {
  maxAgeMs: number
  maxEntries: number
  retryDelayMs: number
  onError: (key: string, error: unknown) => void
  now?: () => number
  /**
   * Which values say "nothing here", and how many of them to keep (least recently used go first).
   * They are served for `maxAgeMs`, never refreshed in the background, and forgotten on
   * invalidation (the change may have published that very address).
   */
  absent?: { is: (value: T) => boolean; maxEntries: number }
  /**
   * Called each time the CMS's answer changes what is cached: a fresh value stored, or an entry
   * dropped because its page is gone (e.g. to save a snapshot). Never for a value served.
   */
  onChange?: (key: string) => void
}

export class ContentCache<T> {
  readonly #entries = new Map<string, Entry<T>>()
  readonly #absent = new Map<string, { value: T; fetchedAt: number }>()
  /** First loads of keys not cached yet: shared by concurrent readers, stored once known. */
  readonly #firstLoads = new Map<string, { loading: Promise<T>; generation: number }>()
  readonly #options: ContentCacheOptions<T>
  /** Counts invalidations: content fetched before the last one may predate the change. */
  #generation = 0

  constructor(options: ContentCacheOptions<T>) {
    this.#options = options
  }

  get size() {
    return this.#entries.size
  }

  get absentSize() {
    return this.#absent.size
  }

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.#now()
    const entry = this.#entries.get(key)
    if (!entry) return this.#getUncached(key, load, now)
    // Keep recently used entries at the end, so eviction drops the least recently used.
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    if (now < entry.retryAfter) return entry.value
    if (entry.stale) return this.#refresh(key, entry, load)
    if (now - entry.fetchedAt > this.#options.maxAgeMs)
      void this.#refresh(key, entry, load).catch(() => {})
    return entry.value
  }

  /** The cached values (absent ones aside), least recently used first. */
  entries(): [string, T][] {
    return [...this.#entries].map(([key, entry]) => [key, entry.value])
  }

  /**
   * Holds `value` (from a saved snapshot) as an entry that is already stale: a read tries `load`
   * first and falls back to `value` while that fails, as after an invalidation with the CMS down.
   * Never replaces an entry that is there already.
   */
  seed(key: string, value: T, load: () => Promise<T>): void {
    if (this.#entries.has(key)) return
    this.#entries.set(key, {
      value,
      fetchedAt: 0,
      stale: true,
      retryAfter: 0,
      load,
      generation: -1,
    })
    evictOldest(this.#entries, this.#options.maxEntries)
  }

  /** Marks everything stale; the next read of each entry waits for fresh content. */
  invalidateAll(): void {
    this.#generation += 1
    for (const entry of this.#entries.values()) {
      entry.stale = true
      entry.retryAfter = 0
    }
    this.#absent.clear()
  }

  /** Re-fetches every entry now (after an invalidation, and periodically as a safety net). */
  async refreshAll(): Promise<void> {
    await Promise.allSettled(
      [...this.#entries].map(([key, entry]) => this.#refresh(key, entry, entry.load)),
    )
  }

  #now() {
    return (this.#options.now ?? Date.now)()
  }

  #isAbsent(value: T): boolean {
    return this.#options.absent?.is(value) ?? false
  }

  #getUncached(key: string, load: () => Promise<T>, now: number): Promise<T> {
    const absent = this.#absent.get(key)
    if (absent) {
      this.#absent.delete(key)
      this.#absent.set(key, absent)
      if (now - absent.fetchedAt <= this.#options.maxAgeMs) return Promise.resolve(absent.value)
      // Expired: ask again, but with the CMS down the old answer is still the best there is.
      return this.#loadNew(key, load).catch(() => absent.value)
    }
    return this.#loadNew(key, load)
  }

  #loadNew(key: string, load: () => Promise<T>): Promise<T> {
    const generation = this.#generation
    const underWay = this.#firstLoads.get(key)
    if (underWay?.generation === generation) return underWay.loading
    const loading = load()
      .then((value) => {
        this.#store(key, value, load, generation)
        return value
      })
      .catch((error: unknown) => {
        this.#options.onError(key, error)
        throw error
      })
      .finally(() => {
        if (this.#firstLoads.get(key)?.loading === loading) this.#firstLoads.delete(key)
      })
    this.#firstLoads.set(key, { loading, generation })
    return loading
  }

  #refresh(key: string, entry: Entry<T>, load: () => Promise<T>): Promise<T> {
    // A fetch that started before the last invalidation may bring the content from before the
    // change: it is not shared with readers who came after, and what it brings stays stale.
    const generation = this.#generation
    if (entry.inflight && entry.inflightGeneration === generation) return entry.inflight
    entry.load = load
    entry.inflightGeneration = generation
    const inflight: Promise<T> = load()
      .then((value) => {
        if (this.#isAbsent(value) && this.#entries.delete(key)) this.#options.onChange?.(key)
        this.#store(key, value, load, generation)
        return value
      })
      .catch((error: unknown) => {
        this.#options.onError(key, error)
        entry.retryAfter = this.#now() + this.#options.retryDelayMs
        return entry.value
      })
      .finally(() => {
        if (entry.inflight === inflight) entry.inflight = undefined
      })
    entry.inflight = inflight
    return inflight
  }

  #store(key: string, value: T, load: () => Promise<T>, generation = this.#generation) {
    const stale = generation < this.#generation
    const fetchedAt = this.#now()
    if (this.#isAbsent(value)) {
      this.#absent.delete(key)
      // Possibly from before the change: not kept, the next read asks again.
      if (stale) return
      this.#absent.set(key, { value, fetchedAt })
      evictOldest(this.#absent, this.#options.absent?.maxEntries ?? 0)
      return
    }
    this.#absent.delete(key)
    const entry = this.#entries.get(key)
    // Content fetched after a later invalidation is there already: this one is older.
    if (entry && entry.generation > generation) return
    const fresh = { value, fetchedAt, stale, retryAfter: 0, load, generation }
    if (entry) Object.assign(entry, fresh)
    else {
      this.#entries.set(key, fresh)
      evictOldest(this.#entries, this.#options.maxEntries)
    }
    this.#options.onChange?.(key)
  }
}

/** Drops the least recently used (first) keys of `map` beyond `max`. */
function evictOldest(map: Map<string, unknown>, max: number) {
  while (map.size > max) {
    const oldest = map.keys().next().value
    if (oldest === undefined) return
    map.delete(oldest)
  }
}
