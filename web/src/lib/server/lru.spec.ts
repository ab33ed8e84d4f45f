import { describe, expect, it } from 'vitest'

import { evictOldest, touch } from './lru.ts'

describe('least-recently-used order', () => {
  it('keeps the most recently used, dropping the least recently used first', () => {
    const map = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ])
    touch(map, 'a', 10)
    touch(map, 'd', 4)
    evictOldest(map, 3)
    expect([...map]).toEqual([
      ['c', 3],
      ['a', 10],
      ['d', 4],
    ])
    evictOldest(map, 0)
    expect(map.size).toBe(0)
  })
})
