import { describe, expect, it } from 'vitest'

import { isExternal, safeHref } from './links.ts'

describe('safeHref', () => {
  it('keeps paths, anchors, http(s) and mailto', () => {
    expect(safeHref('/bli-medlem')).toBe('/bli-medlem')
    expect(safeHref('#skjema')).toBe('#skjema')
    expect(safeHref('https://example.org/a?b=c')).toBe('https://example.org/a?b=c')
    expect(safeHref('mailto:post@example.org')).toBe('mailto:post@example.org')
  })

  it('refuses script URLs, protocol-relative URLs and junk', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'ftp://x',
      '',
      null,
    ]) {
      expect(safeHref(bad)).toBeUndefined()
    }
  })

  it('tells external addresses apart', () => {
    expect(isExternal('https://example.org')).toBe(true)
    expect(isExternal('/om-oss')).toBe(false)
  })
})
