import { describe, expect, it } from 'vitest'

import { ContentCache, type ContentCacheOptions } from './contentCache.ts'

function setup(overrides: Partial<ContentCacheOptions<string>> = {}) {
  let now = 1_000_000
  const errors: string[] = []
  const cache = new ContentCache<string>({
    maxAgeMs: 60_000,
    maxEntries: 3,
    retryDelayMs: 5_000,
    onError: (key) => errors.push(key),
    now: () => now,
    ...overrides,
  })
  return { cache, errors, advance: (ms: number) => (now += ms) }
}

const failing = () => Promise.reject(new Error('CMS nede'))

describe('ContentCache', () => {
  it('loads once and serves from memory while fresh', async () => {
    const { cache } = setup()
    let calls = 0
    const load = async () => `v${++calls}`
    expect(await cache.get('a', load)).toBe('v1')
    expect(await cache.get('a', load)).toBe('v1')
    expect(calls).toBe(1)
  })

  it('shares one request between concurrent readers of a cold entry', async () => {
    const { cache } = setup()
    let calls = 0
    const load = async () => `v${++calls}`
    const results = await Promise.all([
      cache.get('a', load),
      cache.get('a', load),
      cache.get('a', load),
    ])
    expect(results).toEqual(['v1', 'v1', 'v1'])
    expect(calls).toBe(1)
  })

  it('waits for fresh content after an invalidation', async () => {
    const { cache } = setup()
    let version = 1
    const load = async () => `v${version}`
    await cache.get('a', load)
    version = 2
    cache.invalidateAll()
    expect(await cache.get('a', load)).toBe('v2')
  })

  it('never hands out a fetch that began before an invalidation as fresh content', async () => {
    // A refresh is under way (a visitor's, the minute's) when the CMS announces a change it may
    // have read around: what it brings must not count as the content after the change.
    const { cache, advance } = setup()
    let version = 1
    const answers: ((value: string) => void)[] = []
    const slow = () => new Promise<string>((resolve) => answers.push(resolve))
    await cache.get('a', async () => `v${version}`)
    advance(61_000)
    expect(await cache.get('a', slow)).toBe('v1') // background refresh, still in flight
    version = 2
    cache.invalidateAll()
    const after = cache.get('a', async () => `v${version}`)
    answers[0]!('v1') // the early fetch ends with the old content
    expect(await after).toBe('v2')
    expect(await cache.get('a', async () => 'v3')).toBe('v2')

    // A first load that began before the invalidation is not shared with later readers either.
    const first = cache.get('b', slow)
    cache.invalidateAll()
    const later = cache.get('b', async () => 'b2')
    answers[1]!('b1')
    expect(await first).toBe('b1')
    expect(await later).toBe('b2')
    expect(await cache.get('b', async () => 'b3')).toBe('b2')
  })

  it('serves the last good value when the CMS fails, and fails only when it has none', async () => {
    const { cache, errors } = setup()
    await cache.get('a', async () => 'good')
    cache.invalidateAll()
    expect(await cache.get('a', failing)).toBe('good')
    await expect(cache.get('b', failing)).rejects.toThrow('CMS nede')
    expect(errors).toEqual(['a', 'b'])
  })

  it('does not retry a failing CMS on every request', async () => {
    const { cache, advance } = setup()
    await cache.get('a', async () => 'good')
    cache.invalidateAll()
    let attempts = 0
    const load = () => (attempts++, failing())
    await cache.get('a', load)
    await cache.get('a', load)
    expect(attempts).toBe(1)
    advance(5_001)
    cache.invalidateAll()
    await cache.get('a', load)
    expect(attempts).toBe(2)
  })

  it('refreshes an old entry in the background and serves the old value meanwhile', async () => {
    const { cache, advance } = setup()
    let version = 1
    const load = async () => `v${version}`
    await cache.get('a', load)
    version = 2
    advance(60_001)
    expect(await cache.get('a', load)).toBe('v1')
    await cache.refreshAll()
    expect(await cache.get('a', load)).toBe('v2')
  })

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const { cache } = setup()
    let calls = 0
    const load = async () => `v${++calls}`
    for (const key of ['a', 'b', 'c']) await cache.get(key, load)
    await cache.get('a', load)
    await cache.get('d', load)
    expect(cache.size).toBe(3)
    const before = calls
    await cache.get('a', load)
    expect(calls).toBe(before)
    await cache.get('b', load)
    expect(calls).toBe(before + 1)
  })

  it('serves a seeded (snapshot) value only while the CMS fails, and says when it stores fresh ones', async () => {
    const stored: string[] = []
    const { cache, errors, advance } = setup({ onChange: (key) => stored.push(key) })
    cache.seed('a', 'saved', failing)
    expect(await cache.get('a', failing)).toBe('saved')
    expect(errors).toEqual(['a'])
    expect(cache.entries()).toEqual([['a', 'saved']])
    expect(stored).toEqual([])

    advance(5_001)
    expect(await cache.get('a', async () => 'live')).toBe('live')
    expect(stored).toEqual(['a'])
    cache.seed('a', 'saved', failing) // never replaces what is there
    expect(await cache.get('a', failing)).toBe('live')
  })

  describe('answers that nothing is there', () => {
    const absent = { is: (value: string) => value === 'ingen side', maxEntries: 2 }
    const missing = async () => 'ingen side'

    // The attack: 1,000 made-up addresses pushed every real page out of the 500 entries.
    it('never push real content out, however many there are', async () => {
      const { cache } = setup({ absent })
      let realLoads = 0
      const real = async () => `side ${++realLoads}`
      for (const key of ['a', 'b', 'c']) await cache.get(key, real)
      for (let i = 0; i < 1_000; i += 1) await cache.get(`tull-${i}`, missing)
      for (const key of ['a', 'b', 'c']) await cache.get(key, real)
      expect(realLoads).toBe(3)
      expect(cache.size).toBe(3)
      expect(cache.absentSize).toBe(2)
    })

    it('are kept briefly, never refreshed, and forgotten on invalidation', async () => {
      const { cache, advance } = setup({ absent })
      let loads = 0
      const load = async () => (loads++, 'ingen side')
      await cache.get('x', load)
      await cache.get('x', load)
      expect(loads).toBe(1)
      await cache.refreshAll()
      expect(loads).toBe(1)
      advance(60_001)
      await cache.get('x', load)
      expect(loads).toBe(2)
      cache.invalidateAll()
      expect(await cache.get('x', async () => 'publisert nå')).toBe('publisert nå')
      expect(cache.size).toBe(1)
    })

    it('serve an expired answer while the CMS is down, and replace a page that is gone', async () => {
      const { cache, advance } = setup({ absent })
      await cache.get('x', missing)
      advance(60_001)
      expect(await cache.get('x', failing)).toBe('ingen side')

      await cache.get('a', async () => 'side')
      cache.invalidateAll()
      expect(await cache.get('a', missing)).toBe('ingen side')
      expect(cache.size).toBe(0)
      expect(cache.absentSize).toBe(1)
    })
  })
})
