// Sorting must not leak what filtering hides: personal collections answer queries on their own
// named fields only, never through a relationship into users (e.g. `assignee.email`).
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refusedQueryMessage } from '../../src/hooks/allowQueryPaths'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createUsers, type TestUser } from '../helpers/users'

let payload: Payload
let recruiter: TestUser
let admin: TestUser
let submission: number

beforeAll(async () => {
  payload = await testPayload()
  ;({ recruiter, admin } = await createUsers(payload, ['recruiter', 'admin']))
  submission = (
    await payload.create({
      collection: 'form-submissions',
      data: {
        name: 'Sortert Person',
        email: `sortering-${randomUUID()}@test.invalid`,
        status: 'new',
        assignee: admin.user.id,
      },
      overrideAccess: true,
    })
  ).id
})
afterAll(async () => {
  await payload.delete({ collection: 'form-submissions', id: submission, overrideAccess: true })
  await Promise.all([recruiter.cleanup(), admin.cleanup()])
})

const asRecruiter = () => ({ apiKey: recruiter.apiKey })

describe('queries into other users are refused with 400', () => {
  const intoUsers: [string, Record<string, string>][] = [
    ['sort by assignee.email', { sort: 'assignee.email' }],
    ['sort by -assignee.name', { sort: '-assignee.name' }],
    ['sort by a list with assignee.email', { sort: 'name,assignee.email' }],
    ['where on assignee.email', { 'where[assignee.email][like]': 'a' }],
    ['where on assignee.name in an or', { 'where[or][0][assignee.name][like]': 'a' }],
    ['where nested into assignee', { 'where[assignee][email][like]': 'a' }],
    ['where in an and of an or', { 'where[and][0][or][0][assignee.roles][equals]': 'admin' }],
  ]

  it.each(intoUsers)('form submissions: %s', async (_name, query) => {
    const response = await rest('GET', '/form-submissions', { auth: asRecruiter(), query })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).not.toContain(admin.user.email)
  })

  it.each(intoUsers)('the CSV export: %s', async (_name, query) => {
    const response = await rest('GET', '/form-submissions/export.csv', {
      auth: asRecruiter(),
      query,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).not.toContain(admin.user.email)
  })

  it('counting and bulk changes take the same rule', async () => {
    const query = { 'where[assignee.email][like]': 'a' }
    const counted = await rest('GET', '/form-submissions/count', { auth: asRecruiter(), query })
    expect(counted.status).toBe(400)
    const patched = await rest('PATCH', '/form-submissions', {
      auth: asRecruiter(),
      query,
      body: { internalNotes: 'treff' },
    })
    expect(patched.status).toBe(400)
    const stored = await payload.findByID({
      collection: 'form-submissions',
      id: submission,
      overrideAccess: true,
    })
    expect(stored.internalNotes ?? null).toBeNull()
  })

  it('the message names the refused path, in Norwegian', async () => {
    const response = await rest('GET', '/form-submissions', {
      auth: asRecruiter(),
      query: { sort: 'assignee.email' },
    })
    expect(response.body.errors[0].message).toBe(refusedQueryMessage('assignee.email'))
  })

  it('subscribers and users answer only on their own listed fields', async () => {
    const attempts = await Promise.all([
      rest('GET', '/newsletter-subscribers', {
        auth: asRecruiter(),
        query: { sort: 'confirmTokenHash' },
      }),
      rest('GET', '/users', {
        auth: { apiKey: admin.apiKey },
        query: { sort: 'resetPasswordToken' },
      }),
      rest('GET', '/users', {
        auth: { apiKey: admin.apiKey },
        query: { 'where[apiKey][exists]': 'true' },
      }),
    ])
    for (const response of attempts) expect(response.status).toBe(400)
  })
})

describe('what the admin list needs still works', () => {
  it.each([
    ['newest first', { sort: '-createdAt' }],
    ['by name and status', { sort: 'name,-status', 'where[status][equals]': 'new' }],
    ['by assignee id', { sort: 'assignee', 'where[assignee][equals]': '1' }],
    [
      'the list search',
      { 'where[or][0][name][like]': 'Sortert', 'where[or][1][email][like]': 'Sortert' },
    ],
  ])('%s', async (_name, query) => {
    const list = await rest('GET', '/form-submissions', { auth: asRecruiter(), query })
    expect(list.status).toBe(200)
    const csv = await rest('GET', '/form-submissions/export.csv', { auth: asRecruiter(), query })
    expect(csv.status).toBe(200)
  })
})
