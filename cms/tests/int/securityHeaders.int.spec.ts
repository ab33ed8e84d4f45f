// The CMS protects itself without Caddy: its own headers on every answer (admin, API, media), and
// a login cookie that travels over HTTPS only when the CMS is served over HTTPS.
import { describe, expect, it, vi } from 'vitest'

import nextConfig from '../../next.config'
import { secureCookiesFor } from '../../src/auth/cookies'

/** The headers Next.js sends for `path`: every rule whose source matches it, later ones winning. */
async function headersFor(path: string): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? []
  const found: Record<string, string> = {}
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.source.replace('/:path*', '(/.*)?')}$`)
    if (!pattern.test(path)) continue
    for (const { key, value } of rule.headers) found[key.toLowerCase()] = value
  }
  return found
}

describe('security headers from the CMS itself', () => {
  it.each(['/admin', '/admin/collections/pages', '/api/pages', '/api/media/file/bilde.webp'])(
    '%s: no sniffing, no framing, a referrer policy',
    async (path) => {
      const headers = await headersFor(path)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    },
  )
})

describe('the login cookie', () => {
  it('is Secure when the CMS is served over HTTPS, and only then', () => {
    expect(secureCookiesFor('https://datakollektivet.no')).toBe(true)
    expect(secureCookiesFor('http://localhost:3001')).toBe(false)
  })

  it('Payload sets it so when the public address is HTTPS, as in production', async () => {
    const before = process.env.CMS_PUBLIC_URL
    process.env.CMS_PUBLIC_URL = 'https://cms.example.org'
    // A fresh module graph, so cms/src/env.ts reads the address set here.
    vi.resetModules()
    try {
      const config = await (await import('../../src/payload.config')).default
      const users = config.collections.find((collection) => collection.slug === 'users')
      expect(users?.auth.cookies.secure).toBe(true)
      expect(users?.auth.cookies.sameSite).toBe('Lax')
    } finally {
      if (before === undefined) delete process.env.CMS_PUBLIC_URL
      else process.env.CMS_PUBLIC_URL = before
      vi.resetModules()
    }
  })
})
