// The assignee shows by name in the submissions admin, as in the CSV export (issue 20): also to a
// recruiter, who may read no other user than themselves; never to anyone who may not see the
// submission.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { deleteSubmissionsOf, submissionBody } from '../helpers/submissions'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let recruiter: TestUser
let colleague: TestUser
let editor: TestUser
let submissionId: number
const body = submissionBody({ name: 'Tildelt Testperson' })

beforeAll(async () => {
  payload = await testPayload()
  ;[recruiter, colleague, editor] = await Promise.all([
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['editor']),
  ])
  await payload.update({
    collection: 'users',
    id: colleague.user.id,
    data: { name: 'Ola Ansvarlig' },
    overrideAccess: true,
  })
  const submission = await payload.create({
    collection: 'form-submissions',
    data: { ...body, status: 'new', assignee: colleague.user.id },
    overrideAccess: true,
  })
  submissionId = submission.id
})

afterAll(async () => {
  await deleteSubmissionsOf(payload, [body.email])
  await Promise.all([recruiter, colleague, editor].map((user) => user.cleanup()))
})

describe('the assignee', () => {
  it('is named to a recruiter, in the document and in the list', async () => {
    const auth = { apiKey: recruiter.apiKey }
    const one = await rest('GET', `/form-submissions/${submissionId}`, { auth })
    expect(one.body.assignee).toBe(colleague.user.id)
    expect(one.body.assigneeName).toBe('Ola Ansvarlig')
    const list = await rest('GET', '/form-submissions', {
      auth,
      query: { 'where[email][equals]': body.email },
    })
    expect(list.body.docs[0].assigneeName).toBe('Ola Ansvarlig')
  })

  it('is named the same way in the CSV export', async () => {
    const response = await rest('GET', '/form-submissions/export.csv', {
      auth: { apiKey: recruiter.apiKey },
      query: { 'where[email][equals]': body.email },
    })
    expect(String(response.body)).toContain('"Ola Ansvarlig"')
  })

  it('is shown to no one who may not see the submission', async () => {
    const read = await rest('GET', `/form-submissions/${submissionId}`, {
      auth: { apiKey: editor.apiKey },
    })
    expect(read.status).toBe(403)
    expect(JSON.stringify(read.body)).not.toContain('Ola Ansvarlig')
  })
})
