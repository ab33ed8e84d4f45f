import { describe, expect, it } from 'vitest'

import { firstContactAt, formatDuration, median } from './firstContact'

describe('time to first contact', () => {
  it('is the first move away from "Ny", whatever the order of the entries', () => {
    const changes = [
      { statusFrom: 'contacted', statusTo: 'new', createdAt: '2026-01-03T10:00:00Z' },
      { statusFrom: 'new', statusTo: 'spam', createdAt: '2026-01-04T10:00:00Z' },
      { statusFrom: 'new', statusTo: 'contacted', createdAt: '2026-01-02T10:00:00Z' },
      { statusFrom: null, statusTo: null, createdAt: '2026-01-01T10:00:00Z' },
    ]
    expect(firstContactAt(changes)).toEqual(new Date('2026-01-02T10:00:00Z'))
  })

  it('is unknown while the status never left "Ny"', () => {
    expect(firstContactAt([{ statusFrom: null, createdAt: '2026-01-01T10:00:00Z' }])).toBeNull()
  })
})

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})

describe('formatDuration', () => {
  it('says days and hours in Norwegian', () => {
    expect(formatDuration(30 * 60_000)).toBe('under en time')
    expect(formatDuration(3_600_000)).toBe('1 time')
    expect(formatDuration(5 * 3_600_000)).toBe('5 timer')
    expect(formatDuration(24 * 3_600_000)).toBe('1 dag')
    expect(formatDuration(51 * 3_600_000)).toBe('2 dager og 3 timer')
  })
})
