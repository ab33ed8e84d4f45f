// The recruitment overview's numbers, computed on the server for recruiters and admins only. The
// clock is passed in: the submissions here are dated autumn 2020, before anything other test
// files store apart from the reminders' test (March 2019, outside the weeks and the 90 days), so
// the weeks, areas and median are exactly these; the overdue list is checked for its own ones.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recruitmentOverview } from '../../src/collections/FormSubmissions/followUp/overview'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { deleteSubmissionsOf, submissionBody } from '../helpers/submissions'
import { createUsers, type TestUser } from '../helpers/users'

let payload: Payload
let recruiter: TestUser
let editor: TestUser
let areaA: { id: number; key: string }
let areaB: { id: number; key: string }
const emails: string[] = []
const now = new Date('2020-11-04T12:00:00Z') // Wednesday; the week began Monday 2 November
let overdueId: number
const ownIds: number[] = []

async function createArea(name: string) {
  const created = await payload.create({
    collection: 'contribution-areas',
    data: {
      title: `Oversikt ${name}`,
      description: 'Testområde for oversikten',
      formLabel: name,
      key: `oversikt-${name}-${randomUUID().slice(0, 8)}`,
      _status: 'published',
    },
    overrideAccess: true,
  })
  return { id: created.id, key: created.key }
}

async function createDated(createdAt: string, interests: string[]) {
  const body = submissionBody({ interests })
  emails.push(body.email)
  const doc = await payload.create({
    collection: 'form-submissions',
    data: { ...body, status: 'new' },
    overrideAccess: true,
  })
  await payload.db.updateOne({ collection: 'form-submissions', id: doc.id, data: { createdAt } })
  ownIds.push(doc.id)
  return doc.id
}

/** A recruiter takes it and marks it contacted at `at`. */
async function contact(id: number, at: string) {
  const changed = await rest('PATCH', `/form-submissions/${id}`, {
    auth: { apiKey: recruiter.apiKey },
    body: { status: 'contacted', assignee: recruiter.user.id },
  })
  expect(changed.status).toBe(200)
  const { docs } = await payload.find({
    collection: 'submission-history',
    where: { submission: { equals: id } },
    overrideAccess: true,
  })
  await payload.db.updateOne({
    collection: 'submission-history',
    id: docs[0]!.id,
    data: { createdAt: at },
  })
}

beforeAll(async () => {
  payload = await testPayload()
  ;({ recruiter, editor } = await createUsers(payload, ['recruiter', 'editor']))
  areaA = await createArea('a')
  areaB = await createArea('b')
  await createDated('2020-11-02T10:00:00Z', [areaA.key])
  overdueId = await createDated('2020-10-27T10:00:00Z', [areaA.key, areaB.key])
  const contactedAfterADay = await createDated('2020-10-26T10:00:00Z', [])
  await contact(contactedAfterADay, '2020-10-27T10:00:00Z')
  // Before the 12 weeks, within the 90 days of the median.
  const contactedAfterThreeDays = await createDated('2020-08-10T10:00:00Z', [areaB.key])
  await contact(contactedAfterThreeDays, '2020-08-13T10:00:00Z')
})
afterAll(async () => {
  await deleteSubmissionsOf(payload, emails)
  await Promise.all([recruiter, editor].map((user) => user.cleanup()))
  await payload.delete({
    collection: 'contribution-areas',
    where: { id: { in: [areaA.id, areaB.id] } },
    overrideAccess: true,
  })
})

describe('the recruitment overview', () => {
  it('counts submissions per Oslo week, the last 12 weeks, oldest first', async () => {
    const numbers = await recruitmentOverview(payload, recruiter.user, now)
    expect(numbers?.weeks.map((week) => week.start)).toEqual([
      '2020-08-17',
      '2020-08-24',
      '2020-08-31',
      '2020-09-07',
      '2020-09-14',
      '2020-09-21',
      '2020-09-28',
      '2020-10-05',
      '2020-10-12',
      '2020-10-19',
      '2020-10-26',
      '2020-11-02',
    ])
    expect(numbers?.weeks.map((week) => week.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1])
  })

  it('counts the 12 weeks’ submissions per contribution area, and those with none', async () => {
    const numbers = await recruitmentOverview(payload, recruiter.user, now)
    const count = (key: string | null) => numbers?.areas.find((area) => area.key === key)?.count
    expect([count(areaA.key), count(areaB.key), count(null)]).toEqual([2, 1, 1])
  })

  it('lists the overdue ones with how many days they waited', async () => {
    const numbers = await recruitmentOverview(payload, recruiter.user, now)
    const own = numbers?.overdue.filter((submission) => ownIds.includes(submission.id))
    expect(own).toEqual([
      expect.objectContaining({ id: overdueId, status: 'new', assignee: null, days: 8 }),
    ])
  })

  it('gives the median time to first contact over the last 90 days', async () => {
    const numbers = await recruitmentOverview(payload, recruiter.user, now)
    expect(numbers?.firstContact).toEqual({
      contacted: 2,
      received: 4,
      medianMs: 2 * 24 * 60 * 60 * 1000,
    })
  })

  it('is nothing for an editor or nobody', async () => {
    expect(await recruitmentOverview(payload, editor.user, now)).toBeNull()
    expect(await recruitmentOverview(payload, null, now)).toBeNull()
  })

  it('is served to recruiters only at /api/form-submissions/overview', async () => {
    const as = (user?: TestUser) =>
      rest('GET', '/form-submissions/overview', {
        auth: user ? { apiKey: user.apiKey } : undefined,
      })
    const answer = await as(recruiter)
    expect(answer.status).toBe(200)
    expect(answer.body.weeks).toHaveLength(12)
    expect(answer.headers.get('cache-control')).toBe('no-store, private')
    expect((await as(editor)).status).toBe(403)
    expect((await as()).status).toBe(401)
  })
})
