import { describe, expect, it } from 'vitest'

import { describeSchedule } from './schedules'

describe('describeSchedule', () => {
  it('says what happens when, in Oslo time on a 24-hour clock', () => {
    expect(describeSchedule({ type: 'publish', waitUntil: '2026-12-03T09:00:00.000Z' })).toBe(
      'Planlagt: publiseres 3. des. kl. 10:00',
    )
    // Summer time, and past midnight in Oslo while still the day before in UTC.
    expect(describeSchedule({ type: 'unpublish', waitUntil: '2026-07-03T22:05:00.000Z' })).toBe(
      'Planlagt: avpubliseres 4. juli kl. 00:05',
    )
  })
})
