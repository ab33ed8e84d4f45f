// Remembers signed calls until their signature would expire anyway, so a captured call cannot be
// sent again within its window. Bounded: when full, the oldest are forgotten first (they expire
// first); a signature cannot be made without the secret, so only replays could fill it.

import { evictOldest } from '../lru.ts'

export class ReplayGuard {
  /** Signature → when it stops being accepted anyway (ms). */
  readonly #seen = new Map<string, number>()

  constructor(private readonly maxEntries = 10_000) {}

  /** True the first time `signature` is seen before `expiresAt`; false for a repeat. */
  firstTime(signature: string, expiresAt: number, now = Date.now()): boolean {
    for (const [seen, expiry] of this.#seen) {
      if (expiry > now) break
      this.#seen.delete(seen)
    }
    if (this.#seen.has(signature)) return false
    this.#seen.set(signature, expiresAt)
    evictOldest(this.#seen, this.maxEntries)
    return true
  }
}
