import { describe, expect, it } from 'vitest'

import { median, percentile } from './stats.ts'

describe('percentile (nearest rank)', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => (i + 1) * 10).reverse()

  it('returns an observed value: p95 of 20 samples is the 19th smallest', () => {
    expect(percentile(twenty, 95)).toBe(190)
    expect(percentile(twenty, 100)).toBe(200)
    expect(percentile(twenty, 5)).toBe(10)
  })

  it('takes the middle of an odd count and the lower middle of an even count as median', () => {
    expect(median([30, 10, 20])).toBe(20)
    expect(median(twenty)).toBe(100)
  })

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2]
    percentile(values, 50)
    expect(values).toEqual([3, 1, 2])
  })

  it('refuses an empty sample and a percentile outside (0, 100]', () => {
    expect(() => median([])).toThrow('no values')
    expect(() => percentile([1], 0)).toThrow('outside')
    expect(() => percentile([1], 101)).toThrow('outside')
  })
})
