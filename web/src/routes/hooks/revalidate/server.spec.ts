import { revalidationHeaders, signRevalidation } from '@dk/shared'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const secret = 'a revalidation secret of at least 32 characters'

beforeAll(() => {
  vi.stubEnv('CMS_URL', 'http://127.0.0.1:9')
  vi.stubEnv('CMS_API_KEY', 'a test api key, not used')
  vi.stubEnv('REVALIDATE_SECRET', secret)
})
afterAll(() => {
  vi.unstubAllEnvs()
})

async function call(timestamp: number, body: string, signature?: string) {
  const { POST } = await import('./+server.ts')
  const request = new Request('http://localhost/hooks/revalidate', {
    method: 'POST',
    headers: {
      [revalidationHeaders.timestamp]: String(timestamp),
      [revalidationHeaders.signature]:
        signature ?? (await signRevalidation(secret, timestamp, body)),
    },
    body,
  })
  try {
    return (await POST({ request } as Parameters<typeof POST>[0])).status
  } catch (thrown) {
    return (thrown as { status: number }).status
  }
}

describe('POST /hooks/revalidate', () => {
  // The attack: a captured call sent again within its five minutes made web fetch everything again.
  it('does the work for a signed call once; the same call again is refused', async () => {
    const body = JSON.stringify({ source: 'pages', slug: 'om-oss' })
    const now = Date.now()
    const signature = await signRevalidation(secret, now, body)
    expect(await call(now, body, signature)).toBe(204)
    expect(await call(now, body, signature)).toBe(409)
    // A new call about the same change is a new signature.
    expect(await call(now + 1, body)).toBe(204)
    expect(
      await call(
        now,
        body,
        signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
      ),
    ).toBe(401)
  })
})
