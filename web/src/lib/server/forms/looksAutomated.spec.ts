import { describe, expect, it } from 'vitest'

import { looksAutomated, minimumFillMs } from './looksAutomated.ts'

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe('looksAutomated', () => {
  const now = 1_000_000

  it('lets through a form filled in at human speed with an empty honeypot', () => {
    expect(looksAutomated(form({ website: '', startedAt: String(now - minimumFillMs) }), now)).toBe(
      false,
    )
  })

  it('catches a filled honeypot, a form sent too fast and one without a start time', () => {
    expect(looksAutomated(form({ website: 'x', startedAt: String(now - 60_000) }), now)).toBe(true)
    expect(looksAutomated(form({ startedAt: String(now - minimumFillMs + 1) }), now)).toBe(true)
    expect(looksAutomated(form({}), now)).toBe(true)
    expect(looksAutomated(form({ startedAt: 'nå' }), now)).toBe(true)
  })
})
