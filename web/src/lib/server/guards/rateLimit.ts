import { evictOldest, touch } from '../lru.ts'

/** A fixed-window counter per key (the visitor's address), kept in memory and bounded in size. */
export class RateLimiter {
  readonly #hits = new Map<string, { count: number; windowStart: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
    private readonly now = () => Date.now(),
  ) {}

  /** Counts one attempt; false when the key is over its limit in the current window. */
  allow(key: string): boolean {
    const now = this.now()
    const entry = this.#hits.get(key)
    if (!entry || now - entry.windowStart >= this.windowMs) {
      touch(this.#hits, key, { count: 1, windowStart: now })
      evictOldest(this.#hits, this.maxKeys)
      return true
    }
    entry.count += 1
    return entry.count <= this.limit
  }
}
