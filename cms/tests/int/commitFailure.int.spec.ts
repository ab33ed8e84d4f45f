// A write whose COMMIT fails is rolled back by PostgreSQL; the answer must say so (5xx), never
// 201/200. Payload 3.90's drizzle adapter swallowed the failure (patches/@payloadcms__drizzle*).
// The test makes COMMIT fail with a deferred constraint trigger, which PostgreSQL checks only at
// COMMIT, and which fires only for rows carrying this file's marker (test files share the database).
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropCommitFailures, failCommitsOf } from '../helpers/failAtCommit'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { deleteSubmissionsOf, storedFor, submissionBody } from '../helpers/submissions'
import { createTestUser, type TestUser } from '../helpers/users'

const marker = 'Feiler ved commit'
const trigger = 'test_fail_at_commit'

describe('a write whose COMMIT fails', () => {
  let payload: Payload
  let service: TestUser
  let editor: TestUser
  const emails: string[] = []
  const pages: number[] = []

  beforeAll(async () => {
    payload = await testPayload()
    ;[service, editor] = await Promise.all([
      createTestUser(payload, ['service']),
      createTestUser(payload, ['editor']),
    ])
    await failCommitsOf(payload, trigger, 'form_submissions', `NEW.name = '${marker}'`)
    await failCommitsOf(
      payload,
      trigger,
      'payload_jobs',
      `NEW.input::text LIKE '%feiler-ved-commit-%'`,
    )
    await failCommitsOf(payload, trigger, 'pages', `NEW.title = '${marker}'`)
  })

  afterAll(async () => {
    await dropCommitFailures(payload, trigger, ['form_submissions', 'payload_jobs', 'pages'])
    await deleteSubmissionsOf(payload, emails)
    await Promise.all(
      pages.map((id) => payload.delete({ collection: 'pages', id, overrideAccess: true })),
    )
    await Promise.all([service.cleanup(), editor.cleanup()])
  })

  it('is not answered "stored" for a sign-up, and a retry stores it once', async () => {
    const body = submissionBody({ name: marker })
    emails.push(body.email)
    const failed = await rest('POST', '/form-submissions', {
      auth: { apiKey: service.apiKey },
      body,
    })
    expect(failed.status).toBeGreaterThanOrEqual(500)
    expect(await storedFor(payload, body.email)).toEqual([])

    // web's outbox sends the same entry again once the database is well.
    const retried = await rest('POST', '/form-submissions', {
      auth: { apiKey: service.apiKey },
      body: { ...body, name: 'Kari Nordmann' },
    })
    expect(retried.status).toBe(201)
    expect((await storedFor(payload, body.email)).map((doc) => doc.idempotencyKey)).toEqual([
      body.idempotencyKey,
    ])
  })

  // The sign-up's only write is its job in the queue (the same work for every address).
  it('is not answered "mail on its way" for a newsletter sign-up', async () => {
    const email = `feiler-ved-commit-${randomUUID()}@test.invalid`
    const answered = await rest('POST', '/newsletter-subscribers/subscribe', {
      auth: { apiKey: service.apiKey },
      body: { email },
    })
    expect(answered.status).toBeGreaterThanOrEqual(500)
    const [queued, stored] = await Promise.all([
      payload.count({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'startNewsletterOptIn' }, 'input.email': { equals: email } },
        overrideAccess: true,
      }),
      payload.count({
        collection: 'newsletter-subscribers',
        where: { email: { equals: email } },
        overrideAccess: true,
      }),
    ])
    expect([queued.totalDocs, stored.totalDocs]).toEqual([0, 0])
  })

  it('is not answered "saved" for an editor\'s change to a page', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: {
        title: 'Før endringen',
        slug: `commit-${randomUUID().slice(0, 8)}`,
        _status: 'published',
        layout: [{ blockType: 'hero', heading: 'Før endringen' }],
      },
      overrideAccess: true,
    })
    pages.push(page.id)
    const saved = await rest('PATCH', `/pages/${page.id}`, {
      auth: { apiKey: editor.apiKey },
      body: { title: marker, _status: 'published' },
    })
    expect(saved.status).toBeGreaterThanOrEqual(500)
    const stored = await payload.findByID({
      collection: 'pages',
      id: page.id,
      overrideAccess: true,
    })
    expect(stored.title).toBe('Før endringen')
  })
})
