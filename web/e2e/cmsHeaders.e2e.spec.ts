// The production CMS reached directly, without Caddy in front: it sends its own framing, sniffing and
// referrer rules on the admin, the REST API and its health check (issue 13, item 13).
import { describe, expect, inject, it } from 'vitest'

const paths = ['/admin/login', '/api/pages?limit=1', '/api/health', '/api/form-submissions']

describe('the CMS without a proxy in front', () => {
  it.each(paths)('sends its own security headers on %s', async (path) => {
    const response = await fetch(`${inject('cmsUrl')}${path}`, { redirect: 'manual' })
    await response.arrayBuffer()
    expect({
      status: response.status < 500,
      nosniff: response.headers.get('x-content-type-options'),
      framing: response.headers.get('x-frame-options'),
      frameAncestors: response.headers.get('content-security-policy'),
      referrer: response.headers.get('referrer-policy'),
    }).toEqual({
      status: true,
      nosniff: 'nosniff',
      framing: 'DENY',
      frameAncestors: expect.stringContaining("frame-ancestors 'none'"),
      referrer: 'strict-origin-when-cross-origin',
    })
  })
})

// Issue 16: an uploaded image is kept for a while and asked for again cheaply, through the real
// route (Payload alone sends no lifetime and no validators).
describe('an uploaded image from the CMS', () => {
  it('comes with a lifetime and validators, and a current copy gets 304', async () => {
    const cmsUrl = inject('cmsUrl')
    const listed = await fetch(`${cmsUrl}/api/media?limit=1&depth=0`)
    const [image] = ((await listed.json()) as { docs: { url: string }[] }).docs
    expect(image).toBeDefined()
    const url = new URL(image!.url, cmsUrl).href
    const first = await fetch(url)
    await first.arrayBuffer()
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=600')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\//)
    expect(first.headers.get('last-modified')).toBeTruthy()
    const again = await fetch(url, { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })
})
