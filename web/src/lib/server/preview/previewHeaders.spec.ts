import { describe, expect, it } from 'vitest'

import { adminOrigin, applyPreviewHeaders, isPreviewPath } from './previewHeaders.ts'

describe('live preview headers', () => {
  it('let only the admin frame the preview, and keep it out of caches and search engines', () => {
    const headers = new Headers({
      'content-security-policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'self'",
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-cache',
    })
    applyPreviewHeaders(headers, 'https://cms.example.org')
    expect(headers.get('content-security-policy')).toBe(
      "default-src 'self'; frame-ancestors https://cms.example.org; base-uri 'self'",
    )
    expect(headers.has('x-frame-options')).toBe(false)
    expect(headers.has('cross-origin-opener-policy')).toBe(false)
    expect(headers.get('cache-control')).toBe('no-store, private')
    expect(headers.get('x-robots-tag')).toBe('noindex, nofollow')
  })

  it("name the admin's origin, or the site's own when the CMS shares its domain", () => {
    expect(adminOrigin('https://cms.example.org/admin', 'https://example.org')).toBe(
      'https://cms.example.org',
    )
    expect(adminOrigin(undefined, 'https://example.org')).toBe('https://example.org')
  })

  it('apply to the preview route only', () => {
    expect(isPreviewPath('/forhandsvisning/pages/1')).toBe(true)
    expect(isPreviewPath('/forhandsvisning')).toBe(false)
    expect(isPreviewPath('/bygg-med-oss')).toBe(false)
  })
})
