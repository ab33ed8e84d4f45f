import { describe, expect, it } from 'vitest'

import { revalidationMaxAgeMs, signRevalidation, verifyRevalidation } from './revalidation.ts'

const secret = 'a'.repeat(64)
const body = JSON.stringify({ source: 'pages', slug: 'bygg-med-oss' })

describe('revalidation signatures', () => {
  it('accepts a fresh call signed with the shared secret', async () => {
    const now = Date.now()
    const signature = await signRevalidation(secret, now, body)
    expect(await verifyRevalidation(secret, { timestamp: String(now), signature, body }, now)).toBe(
      true,
    )
  })

  it('refuses another secret, a changed body, a stale or future timestamp and junk', async () => {
    const now = Date.now()
    const signature = await signRevalidation(secret, now, body)
    const check = (
      overrides: Partial<{ timestamp: string | null; signature: string | null; body: string }>,
      at = now,
    ) => verifyRevalidation(secret, { timestamp: String(now), signature, body, ...overrides }, at)

    expect(
      await verifyRevalidation('b'.repeat(64), { timestamp: String(now), signature, body }, now),
    ).toBe(false)
    expect(await check({ body: body.replace('bygg', 'bli') })).toBe(false)
    expect(await check({}, now + revalidationMaxAgeMs + 1)).toBe(false)
    expect(await check({}, now - revalidationMaxAgeMs - 1)).toBe(false)
    expect(await check({ signature: 'zz' })).toBe(false)
    expect(await check({ signature: null })).toBe(false)
    expect(await check({ timestamp: 'yesterday' })).toBe(false)
  })
})
