import { describe, expect, it } from 'vitest'

import { looksAutomated, minimumFillMs } from './looksAutomated.ts'
import { maxFormAgeMs, signStartTime, verifiedStartTime } from '../signup/startTime.ts'

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe('looksAutomated', () => {
  const now = 1_000_000_000
  const key = Buffer.from('a test key of at least thirty-two characters')
  const signed = (at: number) => signStartTime(key, at)

  it('lets through a form filled in at human speed with an empty honeypot', () => {
    expect(
      looksAutomated(form({ website: '', startedAt: signed(now - minimumFillMs) }), key, now),
    ).toBe(false)
    expect(looksAutomated(form({ startedAt: signed(now - maxFormAgeMs) }), key, now)).toBe(false)
  })

  it('catches a filled honeypot, a form sent too fast and one without a start time', () => {
    expect(looksAutomated(form({ website: 'x', startedAt: signed(now - 60_000) }), key, now)).toBe(
      true,
    )
    expect(looksAutomated(form({ startedAt: signed(now - minimumFillMs + 1) }), key, now)).toBe(
      true,
    )
    expect(looksAutomated(form({}), key, now)).toBe(true)
    expect(looksAutomated(form({ startedAt: 'nå' }), key, now)).toBe(true)
  })

  // The attack: `startedAt=0` (or any time the client picks) passed the minimum fill time.
  it('refuses a start time web did not sign: a bare number, a forged or borrowed signature', () => {
    for (const startedAt of [
      '0',
      String(now - 60_000),
      `${now - 60_000}.`,
      `${now - 60_000}.${'A'.repeat(22)}`,
      // A real signature moved to another time.
      `${now - 60_000}.${signed(now).split('.')[1]}`,
      signStartTime(Buffer.from('another key of at least thirty-two chars'), now - 60_000),
      ` ${signed(now - 60_000)}`,
    ])
      expect(looksAutomated(form({ startedAt }), key, now), startedAt).toBe(true)
  })

  it('refuses a signed start time that is replayed after a day, or lies in the future', () => {
    expect(looksAutomated(form({ startedAt: signed(now - maxFormAgeMs - 1) }), key, now)).toBe(true)
    expect(looksAutomated(form({ startedAt: signed(now + 60_000) }), key, now)).toBe(true)
  })
})

describe('verifiedStartTime', () => {
  it('reads back what was signed with the same key only', () => {
    const key = Buffer.from('a test key of at least thirty-two characters')
    expect(verifiedStartTime(key, signStartTime(key, 1234))).toBe(1234)
    expect(verifiedStartTime(Buffer.from('x'.repeat(32)), signStartTime(key, 1234))).toBeUndefined()
    expect(verifiedStartTime(key, null)).toBeUndefined()
  })
})
