// web thanks a visitor once the shared rule (shared/src/email.ts) accepts the address; the CMS
// must then store it. So every address the rule accepts must pass Payload's own email field too.
import { isEmailAddress } from '@dk/shared'
import { acceptedAddresses, refusedAddresses } from '../../../shared/src/email.examples'
import type { Payload } from 'payload'
import { email as payloadEmail } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seededForSignups } from '../helpers/payload'
import { rest } from '../helpers/rest'
import type { TestUser } from '../helpers/users'

// Characters that matter to one rule or the other, around an @.
const alphabet = 'aZ09._-+\'!#$%&*/=?^`{|}~"@ å'
function randomAddress(random: () => number): string {
  const run = (length: number) =>
    Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
  const tld = ['no', 'org', 'o', 'n0', 'org-'][Math.floor(random() * 5)]
  return `${run(1 + Math.floor(random() * 4))}@${run(1 + Math.floor(random() * 4))}.${tld}`
}
// A fixed seed, so a failure names the same addresses on every run.
function seeded(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
    return seed / 2 ** 31
  }
}

describe('the shared e-mail rule and Payload’s email field', () => {
  let payload: Payload
  let service: TestUser

  beforeAll(async () => {
    ;({ payload, service } = await seededForSignups())
  })
  afterAll(() => service.cleanup())

  const payloadAccepts = (value: string) =>
    payloadEmail(value, {
      req: { payload, t: (key: string) => key },
      required: true,
    } as unknown as Parameters<typeof payloadEmail>[1]) === true

  it('Payload accepts every address the rule accepts, generated ones included', () => {
    const random = seeded(13)
    const generated = Array.from({ length: 20_000 }, () => randomAddress(random))
    const accepted = [...acceptedAddresses, ...generated].filter(isEmailAddress)
    expect(accepted.length).toBeGreaterThan(acceptedAddresses.length)
    expect(accepted.filter((address) => !payloadAccepts(address.toLowerCase()))).toEqual([])
  })

  it('the rule refuses the addresses Payload refuses (x@b-.example.org among them)', () => {
    const payloadRefuses = refusedAddresses.filter((address) => !payloadAccepts(address))
    expect(payloadRefuses).toContain('x@b-.example.org')
    expect(payloadRefuses.filter(isEmailAddress)).toEqual([])
  })

  it('stores a submission for every accepted address, as web delivers it', async () => {
    for (const address of acceptedAddresses) {
      const created = await rest('POST', '/form-submissions', {
        auth: { apiKey: service.apiKey },
        body: { name: 'E-postregel', email: address, interests: [] },
      })
      expect({ address, status: created.status }).toEqual({ address, status: 201 })
    }
    await payload.delete({
      collection: 'form-submissions',
      where: { name: { equals: 'E-postregel' } },
      overrideAccess: true,
    })
  })
})
