// Newsletter consent is what the person did through the mail's links: nobody writes it over REST,
// not recruiters, not admins, and web's service user makes subscribers only through /subscribe.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../src/access/roles'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createUserOfEachRole, deleteTestUsers, type TestUser } from '../helpers/users'

let payload: Payload
let users: Record<Role, TestUser>
let pending: { id: number; email: string }

beforeAll(async () => {
  payload = await testPayload()
  users = await createUserOfEachRole(payload)
  pending = await payload.create({
    collection: 'newsletter-subscribers',
    data: { email: `venter-${randomUUID()}@test.invalid`, status: 'pending' },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await payload.delete({
    collection: 'newsletter-subscribers',
    where: { email: { like: '@test.invalid' } },
    overrideAccess: true,
  })
  await deleteTestUsers(users)
})

const stored = () =>
  payload.findByID({ collection: 'newsletter-subscribers', id: pending.id, overrideAccess: true })

describe('newsletter consent', () => {
  it.each(['recruiter', 'admin', 'service', 'editor'] as const)(
    '%s cannot confirm a pending subscriber, nor change its address',
    async (who) => {
      const auth = { apiKey: users[who].apiKey }
      const forged = await rest('PATCH', `/newsletter-subscribers/${pending.id}`, {
        auth,
        body: { status: 'confirmed', confirmedAt: '2020-01-01T00:00:00.000Z' },
      })
      expect(forged.status).toBe(403)
      const moved = await rest('PATCH', `/newsletter-subscribers/${pending.id}`, {
        auth,
        body: { email: `annen-${randomUUID()}@test.invalid` },
      })
      expect(moved.status).toBe(403)
      const row = await stored()
      expect(row.status).toBe('pending')
      expect(row.confirmedAt ?? null).toBeNull()
      expect(row.email).toBe(pending.email)
    },
  )

  it.each(['service', 'admin', 'recruiter'] as const)(
    '%s cannot create a subscriber directly, so it learns nothing from "already exists"',
    async (who) => {
      const auth = { apiKey: users[who].apiKey }
      const known = await rest('POST', '/newsletter-subscribers', {
        auth,
        body: { email: pending.email },
      })
      const fresh = `ny-${randomUUID()}@test.invalid`
      const unknown = await rest('POST', '/newsletter-subscribers', {
        auth,
        body: { email: fresh },
      })
      expect(known.status).toBe(403)
      expect(unknown.status).toBe(403)
      expect(known.body).toEqual(unknown.body)
      const rows = await payload.count({
        collection: 'newsletter-subscribers',
        where: { email: { equals: fresh } },
        overrideAccess: true,
      })
      expect(rows.totalDocs).toBe(0)
    },
  )

  it('the subscribe flow still makes a pending subscriber', async () => {
    const address = `flyt-${randomUUID()}@test.invalid`
    const subscribed = await rest('POST', '/newsletter-subscribers/subscribe', {
      auth: { apiKey: users.service.apiKey },
      body: { email: address },
    })
    expect(subscribed.status).toBe(202)
    await payload.jobs.run({ queue: 'newsletter', limit: 100 })
    const { docs } = await payload.find({
      collection: 'newsletter-subscribers',
      where: { email: { equals: address } },
      overrideAccess: true,
    })
    expect(docs.map((doc) => doc.status)).toEqual(['pending'])
  })
})
