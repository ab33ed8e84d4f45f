import { describe, expect, it } from 'vitest'

import { norwegianPickerTime } from './pickerTime'

describe('norwegianPickerTime', () => {
  it('writes the picker’s 12-hour text the Norwegian way, on a 24-hour clock', () => {
    // As the walkthrough saw it in «Planlegg publisering».
    expect(norwegianPickerTime('des. 2, 2026 2:30 p.m.')).toBe('2. desember 2026 kl. 14:30')
    expect(norwegianPickerTime('mars 15, 2027 10:15 a.m.')).toBe('15. mars 2027 kl. 10:15')
    expect(norwegianPickerTime('mai 1, 2027 12:00 a.m.')).toBe('1. mai 2027 kl. 00:00')
    expect(norwegianPickerTime('juni 9, 2027 12:45 p.m.')).toBe('9. juni 2027 kl. 12:45')
    expect(norwegianPickerTime('Dec 2, 2026 2:30 PM')).toBe('2. desember 2026 kl. 14:30')
  })

  it('leaves every other text alone', () => {
    expect(norwegianPickerTime('2. desember 2026 kl. 14:30')).toBeUndefined()
    expect(norwegianPickerTime('')).toBeUndefined()
    expect(norwegianPickerTime('des. 2, 2026 13:30 p.m.')).toBeUndefined()
  })
})
