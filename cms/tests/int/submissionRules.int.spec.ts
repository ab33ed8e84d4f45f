import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seededForSignups } from '../helpers/payload'
import { rest } from '../helpers/rest'
import type { TestUser } from '../helpers/users'

const email = () => `regel-${crypto.randomUUID()}@test.invalid`

describe('what the service user may store', () => {
  let payload: Payload
  let service: TestUser

  beforeAll(async () => {
    ;({ payload, service } = await seededForSignups())
  })
  afterAll(() => service.cleanup())

  const submit = (body: Record<string, unknown>) =>
    rest('POST', '/form-submissions', { auth: { apiKey: service.apiKey }, body })

  it('stores a new submission as "new", whatever status it claims', async () => {
    const address = email()
    const created = await submit({
      name: ' Kari ',
      email: address.toUpperCase(),
      interests: ['drift'],
      status: 'onboarded',
    })
    expect(created.status).toBe(201)
    const stored = await payload.find({
      collection: 'form-submissions',
      where: { email: { equals: address } },
      overrideAccess: true,
    })
    expect(stored.docs.map(({ name, status, interests }) => ({ name, status, interests }))).toEqual(
      [{ name: 'Kari', status: 'new', interests: ['drift'] }],
    )
  })

  it('refuses, with a message per field, what the form would refuse', async () => {
    const refused = await submit({ name: '', email: 'ikke-en-adresse', interests: ['hacking'] })
    expect(refused.status).toBe(400)
    const paths = refused.body.errors[0].data.errors
      .map((error: { path: string }) => error.path)
      .sort()
    expect(paths).toEqual(['email', 'interests', 'name'])
  })

  it('stores no newsletter subscriber sent directly, let alone a confirmed one', async () => {
    const address = email()
    const created = await rest('POST', '/newsletter-subscribers', {
      auth: { apiKey: service.apiKey },
      body: { email: address, status: 'confirmed', confirmedAt: new Date().toISOString() },
    })
    expect(created.status).toBe(403)
    const stored = await payload.find({
      collection: 'newsletter-subscribers',
      where: { email: { equals: address } },
      overrideAccess: true,
    })
    expect(stored.docs).toEqual([])
  })
})
