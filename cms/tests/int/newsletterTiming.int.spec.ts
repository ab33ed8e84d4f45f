// Timing must not tell who subscribes: /subscribe does the same for every address (it queues the
// work and answers), and the queue writes and mails afterwards.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { readMail } from '@dk/testing/mailbox'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let service: TestUser

beforeAll(async () => {
  payload = await testPayload()
  service = await createTestUser(payload, ['service'])
})
afterAll(async () => {
  await payload.delete({
    collection: 'newsletter-subscribers',
    where: { email: { like: '@test.invalid' } },
    overrideAccess: true,
  })
  await service.cleanup()
})

const subscribe = (email: string) =>
  rest('POST', '/newsletter-subscribers/subscribe', {
    auth: { apiKey: service.apiKey },
    body: { email },
  })
const stored = async (email: string) =>
  (
    await payload.find({
      collection: 'newsletter-subscribers',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs
const queuedFor = async (email: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'startNewsletterOptIn' }, 'input.email': { equals: email } },
      overrideAccess: true,
    })
  ).docs

describe('newsletter sign-up timing', () => {
  it('answers before writing or mailing anything, for a new and a known address alike', async () => {
    const known = `kjent-${randomUUID()}@test.invalid`
    await payload.create({
      collection: 'newsletter-subscribers',
      data: { email: known, status: 'confirmed', confirmedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    const fresh = `ny-${randomUUID()}@test.invalid`

    const forFresh = await subscribe(fresh)
    const forKnown = await subscribe(known)
    expect(forFresh.status).toBe(202)
    expect({ status: forKnown.status, body: forKnown.body }).toEqual({
      status: forFresh.status,
      body: forFresh.body,
    })
    // Nothing written yet: the same single queue insert was all either request did.
    expect(await stored(fresh)).toEqual([])
    expect(await queuedFor(fresh)).toHaveLength(1)
    expect(await queuedFor(known)).toHaveLength(1)

    await payload.jobs.run({ queue: 'newsletter', limit: 100 })
    expect((await stored(fresh)).map((doc) => doc.status)).toEqual(['pending'])
    expect(await readMail(inject('mailboxUrl'), fresh)).toHaveLength(1)
    expect((await stored(known)).map((doc) => doc.status)).toEqual(['confirmed'])
  })
})
