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
