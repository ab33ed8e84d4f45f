// In-memory cache of CMS content that prefers an old answer to no answer: when the CMS is slow,
// down or sends something invalid, readers get the last good version. Fresh content arrives by
// explicit invalidation (the CMS's signed call), and by re-fetching entries older than maxAge.

type Entry<T> = {
  value?: T
  fetchedAt: number
  /** Set by invalidation: the next read waits for fresh content instead of serving this. */
  stale: boolean
  /** After a failed fetch, no new attempt before this time (the last good value is served). */
  retryAfter: number
  inflight?: Promise<T>
  load: () => Promise<T>
}

export type ContentCacheOptions = {
  maxAgeMs: number
  maxEntries: number
  retryDelayMs: number
  onError: (key: string, error: unknown) => void
  now?: () => number
}

export class ContentCache<T> {
  readonly #entries = new Map<string, Entry<T>>()
  readonly #options: ContentCacheOptions

  constructor(options: ContentCacheOptions) {
    this.#options = options
  }

  get size() {
    return this.#entries.size
  }

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.#now()
    const entry = this.#entries.get(key)
    if (!entry || entry.value === undefined) return this.#refresh(key, load)
    // Keep recently used entries at the end, so eviction drops the least recently used.
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    if (now < entry.retryAfter) return entry.value
    if (entry.stale) return this.#refresh(key, load)
    if (now - entry.fetchedAt > this.#options.maxAgeMs)
      void this.#refresh(key, load).catch(() => {})
    return entry.value
  }

  /** Marks everything stale; the next read of each entry waits for fresh content. */
  invalidateAll(): void {
    for (const entry of this.#entries.values()) {
      entry.stale = true
      entry.retryAfter = 0
    }
  }

  /** Re-fetches every entry now (after an invalidation, and periodically as a safety net). */
  async refreshAll(): Promise<void> {
    await Promise.allSettled(
      [...this.#entries].map(([key, entry]) => this.#refresh(key, entry.load)),
    )
  }

  #now() {
    return (this.#options.now ?? Date.now)()
  }

  #refresh(key: string, load: () => Promise<T>): Promise<T> {
    let entry = this.#entries.get(key)
    if (!entry) {
      entry = { fetchedAt: 0, stale: true, retryAfter: 0, load }
      this.#entries.set(key, entry)
      this.#evict()
    }
    if (entry.inflight) return entry.inflight
    const current = entry
    current.load = load
    current.inflight = load()
      .then((value) => {
        Object.assign(current, { value, fetchedAt: this.#now(), stale: false, retryAfter: 0 })
        return value
      })
      .catch((error: unknown) => {
        this.#options.onError(key, error)
        current.retryAfter = this.#now() + this.#options.retryDelayMs
        if (current.value === undefined) {
          this.#entries.delete(key)
          throw error
        }
        return current.value
      })
      .finally(() => {
        current.inflight = undefined
      })
    return current.inflight
  }

  #evict() {
    while (this.#entries.size > this.#options.maxEntries) {
      const oldest = this.#entries.keys().next().value
      if (oldest === undefined) return
      this.#entries.delete(oldest)
    }
  }
}
