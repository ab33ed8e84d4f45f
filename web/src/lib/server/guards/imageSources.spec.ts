import { describe, expect, it } from 'vitest'

import { allowImagesFrom } from './imageSources.ts'

const csp = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
const site = 'https://datakollektivet.example'

const after = (cmsOrigin: string, policy = csp) => {
  const headers = new Headers({ 'content-security-policy': policy })
  allowImagesFrom(headers, cmsOrigin, site)
  return headers.get('content-security-policy')
}

describe('allowImagesFrom', () => {
  it('names the CMS in img-src when it has a domain of its own', () => {
    expect(after('https://cms.example')).toBe(
      "default-src 'self'; img-src 'self' data: https://cms.example; frame-ancestors 'none'",
    )
  })

  it('changes nothing when the CMS is under the site’s own domain', () => {
    expect(after(site)).toBe(csp)
  })

  it('adds the origin once, however often an answer passes', () => {
    expect(after('https://cms.example', after('https://cms.example')!)).toBe(
      "default-src 'self'; img-src 'self' data: https://cms.example; frame-ancestors 'none'",
    )
  })

  it('leaves an answer without a CSP alone', () => {
    const headers = new Headers()
    allowImagesFrom(headers, 'https://cms.example', site)
    expect(headers.has('content-security-policy')).toBe(false)
  })
})
