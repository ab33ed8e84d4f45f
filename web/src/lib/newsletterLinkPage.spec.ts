import { describe, expect, it } from 'vitest'

import { linkPageResult, linkPageScreen } from './newsletterLinkPage.ts'

const screens = {
  ask: { heading: 'Bekreft', text: 'Trykk', button: 'Bekreft' },
  confirmed: { heading: 'Bekreftet', text: 'Takk' },
  invalid: { heading: 'Ugyldig', text: 'Lenken virker ikke' },
}

describe('linkPageScreen', () => {
  it('asks until the CMS answered, then shows its answer', () => {
    expect(linkPageScreen(linkPageResult(undefined, true), screens)).toBe(screens.ask)
    expect(linkPageScreen(linkPageResult({ result: 'confirmed' }, true), screens)).toBe(
      screens.confirmed,
    )
  })

  it('shows "invalid" for a link that cannot be right and for an answer it does not know', () => {
    expect(linkPageScreen(linkPageResult(undefined, false), screens)).toBe(screens.invalid)
    expect(linkPageScreen('unsubscribed', screens)).toBe(screens.invalid)
    expect(linkPageScreen('ask', screens)).toBe(screens.invalid)
  })
})
