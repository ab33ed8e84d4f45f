// A new submission is told to the team: by email to every recruiter, through the real test SMTP
// server, and to the chat webhook, a real HTTP receiver. Neither carries personal data.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { readMail } from '@dk/testing/mailbox'

import { runJobsForSubmission } from '../helpers/jobs'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { deleteSubmissionsOf, submissionBody } from '../helpers/submissions'
import { createTestUser, type TestUser } from '../helpers/users'
import { readWebhook } from '../helpers/webhookReceiver'

let payload: Payload
let service: TestUser
let recruiter: TestUser
let editor: TestUser
const body = submissionBody({ name: 'Ola Varsel', message: 'Hemmelig melding 1234' })
let id: number
let link: string

beforeAll(async () => {
  payload = await testPayload()
  ;[service, recruiter, editor] = await Promise.all([
    createTestUser(payload, ['service']),
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['editor']),
  ])
  const created = await rest('POST', '/form-submissions', {
    auth: { apiKey: service.apiKey },
    body,
  })
  expect(created.status).toBe(201)
  id = created.body.doc.id
  link = `/admin/collections/form-submissions/${id}`
  await runJobsForSubmission(payload, id)
})
afterAll(async () => {
  await deleteSubmissionsOf(payload, [body.email])
  await Promise.all([service, recruiter, editor].map((user) => user.cleanup()))
})

describe('a new submission', () => {
  it('is emailed to every recruiter with the admin link and nothing about the person', async () => {
    const mail = (await readMail(inject('mailboxUrl'), recruiter.user.email)).find((message) =>
      message.text.includes(link),
    )
    expect(mail?.subject).toBe('Nytt innsendt skjema fra «Bygg med oss»')
    expect(mail?.text).toContain(`http://localhost:3001${link}`)
    for (const personal of [body.name, body.email, body.message]) {
      expect(JSON.stringify(mail)).not.toContain(personal)
    }
  })

  it('is not emailed to editors', async () => {
    await readMail(inject('mailboxUrl'), recruiter.user.email)
    const response = await fetch(
      `${inject('mailboxUrl')}/?to=${encodeURIComponent(editor.user.email)}`,
    )
    expect(await response.json()).toEqual([])
  })

  it('is posted to the chat webhook as {"text": …} with the link only', async () => {
    const posts = await readWebhook(inject('webhookUrl'), (post) =>
      JSON.stringify(post.body).includes(link),
    )
    expect(posts).toHaveLength(1)
    expect(posts[0]?.contentType).toBe('application/json')
    expect(posts[0]?.body).toEqual({
      text: `Nytt innsendt skjema fra «Bygg med oss»: http://localhost:3001${link}`,
    })
  })

  it('is told once: a repeat of it queues no second notice', async () => {
    const again = await rest('POST', '/form-submissions', {
      auth: { apiKey: service.apiKey },
      body: { ...body, idempotencyKey: crypto.randomUUID() },
    })
    expect(again.status).toBe(409)
    const queued = await payload.count({
      collection: 'payload-jobs',
      where: { 'input.submission': { equals: id } },
      overrideAccess: true,
    })
    expect(queued.totalDocs).toBe(0)
  })
})
