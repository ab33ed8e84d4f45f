// Issue 20: what a person wrote in the form stays as they wrote it, and API keys (no password,
// no session limit) exist only on the service user, set only by an admin.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { deleteSubmissionsOf, storedFor, submissionBody } from '../helpers/submissions'
import { createUserOfEachRole, deleteTestUsers, type TestUser } from '../helpers/users'

let payload: Payload
let users: Record<'admin' | 'editor' | 'recruiter' | 'service', TestUser>
const emails: string[] = []

beforeAll(async () => {
  payload = await testPayload()
  users = await createUserOfEachRole(payload)
})
afterAll(async () => {
  await deleteSubmissionsOf(payload, emails)
  await deleteTestUsers(users)
})

describe('a submission', () => {
  it('keeps the person’s own words, whoever updates it, while the follow-up fields change', async () => {
    const body = submissionBody({ message: 'Mine egne ord.' })
    emails.push(body.email)
    const created = await rest('POST', '/form-submissions', {
      auth: { apiKey: users.service.apiKey },
      body,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id

    for (const who of ['recruiter', 'admin'] as const) {
      const response = await rest('PATCH', `/form-submissions/${id}`, {
        auth: { apiKey: users[who].apiKey },
        body: {
          name: 'Endret navn',
          email: `endret-${randomUUID()}@test.invalid`,
          message: 'Endret melding.',
          interests: ['drift'],
          sourcePage: '/endret',
          status: 'contacted',
          internalNotes: `Ringt av ${who}.`,
        },
      })
      expect(response.status, who).toBe(200)
      const [stored] = await storedFor(payload, body.email)
      expect(stored, who).toMatchObject({
        name: body.name,
        email: body.email.toLowerCase(),
        message: 'Mine egne ord.',
        sourcePage: body.sourcePage,
        status: 'contacted',
        internalNotes: `Ringt av ${who}.`,
      })
      expect(stored?.interests ?? [], who).toEqual([])
    }
  })
})

describe('API keys', () => {
  const me = (apiKey: string) => rest('GET', '/users/me', { auth: { apiKey } })

  it('an editor cannot give their own account one, nor can a recruiter', async () => {
    for (const who of ['editor', 'recruiter'] as const) {
      const apiKey = randomUUID()
      const response = await rest('PATCH', `/users/${users[who].user.id}`, {
        auth: { apiKey: users[who].apiKey },
        body: { enableAPIKey: true, apiKey },
      })
      expect(response.status, who).toBeLessThan(500)
      expect((await me(apiKey)).body.user, who).toBeNull()
    }
  })

  it('an admin gives one to the service user only', async () => {
    const forEditor = randomUUID()
    await rest('PATCH', `/users/${users.editor.user.id}`, {
      auth: { apiKey: users.admin.apiKey },
      body: { enableAPIKey: true, apiKey: forEditor },
    })
    expect((await me(forEditor)).body.user).toBeNull()

    const forService = randomUUID()
    const response = await rest('PATCH', `/users/${users.service.user.id}`, {
      auth: { apiKey: users.admin.apiKey },
      body: { enableAPIKey: true, apiKey: forService },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect((await me(forService)).body.user?.id).toBe(users.service.user.id)
  })
})
