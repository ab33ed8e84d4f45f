import { describe, expect, it } from 'vitest'

import { ReplayGuard } from './replayGuard.ts'

describe('ReplayGuard', () => {
  it('lets a signature through once while it is valid, and forgets it once it expired', () => {
    const guard = new ReplayGuard()
    expect(guard.firstTime('a', 2_000, 1_000)).toBe(true)
    expect(guard.firstTime('a', 2_000, 1_500)).toBe(false)
    expect(guard.firstTime('b', 2_000, 1_500)).toBe(true)
    // Past its expiry the signature is refused by its timestamp; the guard need not keep it.
    expect(guard.firstTime('a', 4_000, 2_001)).toBe(true)
  })

  it('keeps at most maxEntries, forgetting the oldest first', () => {
    const guard = new ReplayGuard(2)
    for (const signature of ['a', 'b', 'c']) guard.firstTime(signature, 10_000, 0)
    expect(guard.firstTime('c', 10_000, 0)).toBe(false)
    expect(guard.firstTime('a', 10_000, 0)).toBe(true)
  })
})
