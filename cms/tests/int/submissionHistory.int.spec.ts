// Every change of a submission's status or assignee is recorded (who, when, from, to), visible to
// recruiters and admins only, written by nobody over the API, and deleted with its submission.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { deleteSubmissionsOf, submissionBody } from '../helpers/submissions'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let recruiter: TestUser
let otherRecruiter: TestUser
let editor: TestUser
let service: TestUser
let admin: TestUser
const bodies: ReturnType<typeof submissionBody>[] = []

async function createSubmission() {
  const body = submissionBody()
  bodies.push(body)
  const doc = await payload.create({
    collection: 'form-submissions',
    data: { ...body, status: 'new' },
    overrideAccess: true,
  })
  return doc.id
}

async function stillStored(entryIds: number[]) {
  const { totalDocs } = await payload.count({
    collection: 'submission-history',
    where: { id: { in: entryIds } },
    overrideAccess: true,
  })
  return totalDocs
}

async function historyOf(submission: number) {
  const { docs } = await payload.find({
    collection: 'submission-history',
    where: { submission: { equals: submission } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

const update = (as: TestUser, id: number, body: Record<string, unknown>) =>
  rest('PATCH', `/form-submissions/${id}`, { auth: { apiKey: as.apiKey }, body })

beforeAll(async () => {
  payload = await testPayload()
  ;[recruiter, otherRecruiter, editor, service, admin] = await Promise.all([
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['editor']),
    createTestUser(payload, ['service']),
    createTestUser(payload, ['admin']),
  ])
})
afterAll(async () => {
  await deleteSubmissionsOf(
    payload,
    bodies.map((body) => body.email),
  )
  await Promise.all(
    [recruiter, otherRecruiter, editor, service, admin].map((user) => user.cleanup()),
  )
})

describe('the status history', () => {
  it('records a status change: who, when, from and to', async () => {
    const id = await createSubmission()
    const before = Date.now()
    expect((await update(recruiter, id, { status: 'contacted' })).status).toBe(200)
    const [entry, ...rest] = await historyOf(id)
    expect(rest).toEqual([])
    expect(entry).toMatchObject({
      submission: id,
      changedBy: recruiter.user.id,
      statusFrom: 'new',
      statusTo: 'contacted',
      assigneeChanged: false,
    })
    expect(new Date(entry!.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it('records assignee changes, to someone and back to nobody', async () => {
    const id = await createSubmission()
    await update(recruiter, id, { assignee: otherRecruiter.user.id })
    await update(otherRecruiter, id, { assignee: null })
    const entries = await historyOf(id)
    expect(
      entries.map(({ changedBy, assigneeFrom, assigneeTo, statusFrom, statusTo }) => ({
        changedBy,
        assigneeFrom,
        assigneeTo,
        statusFrom,
        statusTo,
      })),
    ).toEqual([
      {
        changedBy: recruiter.user.id,
        assigneeFrom: null,
        assigneeTo: otherRecruiter.user.id,
        statusFrom: null,
        statusTo: null,
      },
      {
        changedBy: otherRecruiter.user.id,
        assigneeFrom: otherRecruiter.user.id,
        assigneeTo: null,
        statusFrom: null,
        statusTo: null,
      },
    ])
  })

  it('records both in one entry when one save changes both', async () => {
    const id = await createSubmission()
    await update(recruiter, id, { status: 'contacted', assignee: recruiter.user.id })
    const entries = await historyOf(id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      statusFrom: 'new',
      statusTo: 'contacted',
      assigneeChanged: true,
      assigneeTo: recruiter.user.id,
    })
  })

  it('records nothing when neither status nor assignee changed', async () => {
    const id = await createSubmission()
    await update(recruiter, id, { internalNotes: 'Ringte, ikke svar.' })
    await update(recruiter, id, { status: 'new' })
    expect(await historyOf(id)).toEqual([])
  })

  it('is read by recruiters and admins only', async () => {
    const id = await createSubmission()
    await update(recruiter, id, { status: 'contacted' })
    const read = (as: TestUser) =>
      rest('GET', '/submission-history', {
        auth: { apiKey: as.apiKey },
        query: { 'where[submission][equals]': String(id) },
      })
    expect((await read(recruiter)).body.totalDocs).toBe(1)
    expect((await read(admin)).body.totalDocs).toBe(1)
    for (const user of [editor, service]) expect((await read(user)).status).toBe(403)
    expect((await rest('GET', '/submission-history')).status).toBe(403)
  })

  it('cannot be written or rewritten over the API, not even by an admin', async () => {
    const id = await createSubmission()
    await update(recruiter, id, { status: 'contacted' })
    const [entry] = await historyOf(id)
    const forged = { submission: id, statusFrom: 'new', statusTo: 'onboarded' }
    for (const user of [recruiter, admin]) {
      const auth = { apiKey: user.apiKey }
      expect((await rest('POST', '/submission-history', { auth, body: forged })).status).toBe(403)
      expect(
        (await rest('PATCH', `/submission-history/${entry!.id}`, { auth, body: forged })).status,
      ).toBe(403)
      expect((await rest('DELETE', `/submission-history/${entry!.id}`, { auth })).status).toBe(403)
    }
    expect(await historyOf(id)).toHaveLength(1)
  })

  it('is deleted with its submission (deletion on request)', async () => {
    const id = await createSubmission()
    await update(recruiter, id, { status: 'contacted' })
    const entries = (await historyOf(id)).map((entry) => entry.id)
    expect(entries).toHaveLength(1)
    const deleted = await rest('DELETE', `/form-submissions/${id}`, {
      auth: { apiKey: admin.apiKey },
    })
    expect(deleted.status).toBe(200)
    expect(await stillStored(entries)).toBe(0)
  })

  it('is deleted with its submission by the retention job', async () => {
    const id = await createSubmission()
    await update(recruiter, id, { status: 'contacted' })
    const entries = (await historyOf(id)).map((entry) => entry.id)
    expect(entries).toHaveLength(1)
    await payload.db.updateOne({
      collection: 'form-submissions',
      id,
      data: { createdAt: new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString() },
    })
    const job = await payload.jobs.queue({
      task: 'deleteExpiredSubmissions',
      input: {},
      queue: 'nightly',
    })
    await payload.jobs.runByID({ id: job.id })
    expect(await stillStored(entries)).toBe(0)
  })
})
