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

  // The attack: `/\evil.example` passed as a path here; a browser opens another site with it.
  it('refuses paths that a browser reads as another site', () => {
    for (const bad of [
      '/\\evil.example',
      '\\\\evil.example',
      '\\/evil.example',
      '/\\/evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      ' /\\evil.example',
    ]) {
      expect(safeHref(bad), JSON.stringify(bad)).toBeUndefined()
    }
  })

  it('keeps a path with a query and an anchor as the browser will read it', () => {
    expect(safeHref('/bygg-med-oss?kilde=nyhetsbrev#skjema')).toBe(
      '/bygg-med-oss?kilde=nyhetsbrev#skjema',
    )
    expect(safeHref('/om oss')).toBe('/om%20oss')
  })

  it('tells external addresses apart', () => {
    expect(isExternal('https://example.org')).toBe(true)
    expect(isExternal('/om-oss')).toBe(false)
  })
})
