// web's outbox deletes its copy of a sign-up only when the CMS lists the key as held; the read-back
// answers web's service user only, with keys only, and a repeat is held (and counted) once.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest, type Credentials } from '../helpers/rest'
import { testPayload } from '../helpers/payload'
import { deleteSubmissionsOf, storedFor, submissionBody } from '../helpers/submissions'
import { createTestUser, deleteTestUsers, type TestUser } from '../helpers/users'

describe('which submissions the CMS holds', () => {
  let payload: Payload
  let users: Record<'service' | 'editor' | 'recruiter', TestUser>
  const emails: string[] = []

  beforeAll(async () => {
    payload = await testPayload()
    const [service, editor, recruiter] = await Promise.all([
      createTestUser(payload, ['service']),
      createTestUser(payload, ['editor']),
      createTestUser(payload, ['recruiter']),
    ])
    users = { service, editor, recruiter }
  })
  afterAll(async () => {
    await deleteSubmissionsOf(payload, emails)
    await deleteTestUsers(users)
  })

  const submit = (body: ReturnType<typeof submissionBody>) => {
    emails.push(body.email)
    return rest('POST', '/form-submissions', { auth: { apiKey: users.service.apiKey }, body })
  }
  const settledFor = (auth: Credentials, keys: string[]) =>
    rest('POST', '/form-submissions/settled', { auth, body: { keys } })
  const settled = (keys: string[]) => settledFor({ apiKey: users.service.apiKey }, keys)

  it('lists exactly the asked keys it stored, and nothing else', async () => {
    const [first, second] = [submissionBody(), submissionBody()]
    expect((await submit(first)).status).toBe(201)
    expect((await submit(second)).status).toBe(201)
    const unknown = randomUUID()

    const answer = await settled([first.idempotencyKey, unknown, second.idempotencyKey])
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(Object.keys(answer.body)).toEqual(['settled'])
    expect([...answer.body.settled].sort()).toEqual(
      [first.idempotencyKey, second.idempotencyKey].sort(),
    )
  })

  it.each(['anonymous', 'editor', 'recruiter'] as const)('refuses %s', async (who) => {
    const body = submissionBody()
    expect((await submit(body)).status).toBe(201)
    const auth = who === 'anonymous' ? undefined : { apiKey: users[who].apiKey }
    const answer = await settledFor(auth, [body.idempotencyKey])
    expect(answer.status).toBe(403)
    expect(JSON.stringify(answer.body)).not.toContain(body.idempotencyKey)
  })

  it('refuses a malformed request with 400', async () => {
    expect((await settled([])).status).toBe(400)
    expect((await settled(Array.from({ length: 41 }, () => randomUUID()))).status).toBe(400)
  })

  it('holds a repeat by its key: delivered again it is neither stored nor counted twice', async () => {
    const original = submissionBody()
    expect((await submit(original)).status).toBe(201)
    const repeat = { ...original, idempotencyKey: randomUUID() }
    expect((await submit(repeat)).status).toBe(409)
    // web's outbox retrying the repeat (say its read-back failed).
    expect((await submit(repeat)).status).toBe(409)

    const stored = await storedFor(payload, original.email)
    expect(stored.map(({ idempotencyKey, repeats }) => ({ idempotencyKey, repeats }))).toEqual([
      { idempotencyKey: original.idempotencyKey, repeats: 1 },
    ])
    const answer = await settled([repeat.idempotencyKey])
    expect(answer.body.settled).toEqual([repeat.idempotencyKey])
  })
})
