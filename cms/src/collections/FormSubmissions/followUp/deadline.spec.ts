import { describe, expect, it } from 'vitest'

import {
  awaitsFollowUp,
  daysWaiting,
  followUpDeadline,
  isOverdue,
  osloDay,
  overdueCutoff,
} from './deadline'

const at = (iso: string) => new Date(iso)
const fresh = (createdAt: string) => ({ status: 'new', assignee: null, createdAt })

describe('the follow-up deadline', () => {
  it('is the Oslo midnight after the last of the days (winter, UTC+1)', () => {
    // Monday 12 January 2026, 15:00 in Oslo; three days: due by the end of Thursday.
    expect(followUpDeadline(at('2026-01-12T14:00:00Z'), 3)).toEqual(at('2026-01-15T23:00:00Z'))
  })

  it('counts the Oslo date, not the UTC date, of a late-evening submission', () => {
    // 23:30 UTC on 12 January is already 13 January in Oslo.
    expect(followUpDeadline(at('2026-01-12T23:30:00Z'), 3)).toEqual(at('2026-01-16T23:00:00Z'))
  })

  it('ends at Oslo midnight in summer (UTC+2)', () => {
    expect(followUpDeadline(at('2026-06-01T08:00:00Z'), 3)).toEqual(at('2026-06-04T22:00:00Z'))
  })

  it('spans the spring clock change: the due day is shorter, the deadline still Oslo midnight', () => {
    // Friday 27 March 2026; clocks go forward on Sunday 29 March at 02:00.
    expect(followUpDeadline(at('2026-03-27T10:00:00Z'), 3)).toEqual(at('2026-03-30T22:00:00Z'))
  })

  it('spans the autumn clock change', () => {
    // Friday 23 October 2026; clocks go back on Sunday 25 October at 03:00.
    expect(followUpDeadline(at('2026-10-23T10:00:00Z'), 3)).toEqual(at('2026-10-26T23:00:00Z'))
  })

  it('follows the configured number of days', () => {
    expect(followUpDeadline(at('2026-01-12T14:00:00Z'), 1)).toEqual(at('2026-01-13T23:00:00Z'))
    expect(followUpDeadline(at('2026-01-12T14:00:00Z'), 7)).toEqual(at('2026-01-19T23:00:00Z'))
  })
})

describe('overdue', () => {
  const created = '2026-03-27T10:00:00Z'

  it('is not overdue one second before the deadline, and is from the deadline on', () => {
    expect(isOverdue(fresh(created), at('2026-03-30T21:59:59Z'), 3)).toBe(false)
    expect(isOverdue(fresh(created), at('2026-03-30T22:00:00Z'), 3)).toBe(true)
  })

  it('is what the database cutoff says, at every hour around a clock change', () => {
    const days = 3
    for (const createdAt of [
      '2026-03-26T22:30:00Z',
      '2026-03-27T10:00:00Z',
      '2026-10-22T23:30:00Z',
    ]) {
      for (let hour = 0; hour < 24 * 8; hour++) {
        const now = new Date(new Date(createdAt).getTime() + hour * 3_600_000)
        const byCutoff = new Date(createdAt) < overdueCutoff(now, days)
        expect(isOverdue(fresh(createdAt), now, days), `${createdAt} at ${now.toISOString()}`).toBe(
          byCutoff,
        )
      }
    }
  })

  it('needs follow-up while new, or while open without anyone responsible', () => {
    expect(awaitsFollowUp({ status: 'new', assignee: 4 })).toBe(true)
    expect(awaitsFollowUp({ status: 'contacted', assignee: null })).toBe(true)
    expect(awaitsFollowUp({ status: 'contacted', assignee: 4 })).toBe(false)
    for (const status of ['onboarded', 'declined', 'spam']) {
      expect(awaitsFollowUp({ status, assignee: null })).toBe(false)
    }
  })

  it('is never overdue once followed up, however old', () => {
    const handled = { status: 'contacted', assignee: 4, createdAt: '2025-01-01T10:00:00Z' }
    expect(isOverdue(handled, at('2026-01-01T10:00:00Z'), 3)).toBe(false)
  })
})

describe('Oslo days', () => {
  it('names the Oslo date of an instant', () => {
    expect(osloDay(at('2026-01-12T23:30:00Z'))).toBe('2026-01-13')
    expect(osloDay(at('2026-06-30T21:59:00Z'))).toBe('2026-06-30')
    expect(osloDay(at('2026-06-30T22:00:00Z'))).toBe('2026-07-01')
  })

  it('counts calendar days waited across a clock change', () => {
    // 23:30 on Saturday to 23:30 on Sunday (UTC+1, then UTC+2): one day, 23 hours apart.
    expect(daysWaiting(at('2026-03-28T22:30:00Z'), at('2026-03-29T21:30:00Z'))).toBe(1)
    expect(daysWaiting(at('2026-10-24T21:30:00Z'), at('2026-10-26T07:00:00Z'))).toBe(2)
  })
})
