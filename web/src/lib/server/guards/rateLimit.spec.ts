import { expect, it } from 'vitest'

import { RateLimiter } from './rateLimit.ts'

it('allows `limit` attempts per window and key, then refuses until the window passes', () => {
  let now = 0
  const limiter = new RateLimiter(2, 1_000, 100, () => now)
  expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a')]).toEqual([true, true, false])
  expect(limiter.allow('b')).toBe(true)
  now = 1_000
  expect(limiter.allow('a')).toBe(true)
})
