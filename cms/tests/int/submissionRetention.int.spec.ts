// The nightly retention job deletes submissions older than SUBMISSION_RETENTION_DAYS (365 here,
// the default) and leaves younger ones.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { deleteSubmissionsOf, storedFor, submissionBody } from '../helpers/submissions'

const day = 24 * 60 * 60 * 1000
let payload: Payload
const people = {
  old: submissionBody(),
  almostOld: submissionBody(),
  recent: submissionBody(),
}

async function createAged(body: ReturnType<typeof submissionBody>, ageDays: number) {
  const doc = await payload.create({
    collection: 'form-submissions',
    data: { ...body, status: 'new' },
    overrideAccess: true,
  })
  await payload.db.updateOne({
    collection: 'form-submissions',
    id: doc.id,
    data: { createdAt: new Date(Date.now() - ageDays * day).toISOString() },
  })
}

beforeAll(async () => {
  payload = await testPayload()
  await createAged(people.old, 366)
  await createAged(people.almostOld, 364)
  await createAged(people.recent, 0)
})
afterAll(() =>
  deleteSubmissionsOf(
    payload,
    Object.values(people).map((person) => person.email),
  ),
)

describe('retention', () => {
  it('is a task scheduled every night', () => {
    const task = payload.config.jobs.tasks?.find(
      (candidate) => candidate.slug === 'deleteExpiredSubmissions',
    )
    expect(task?.schedule).toEqual([{ cron: '0 3 * * *', queue: 'nightly' }])
  })

  it('deletes submissions older than the retention period and keeps the rest', async () => {
    const job = await payload.jobs.queue({
      task: 'deleteExpiredSubmissions',
      input: {},
      queue: 'nightly',
    })
    await payload.jobs.runByID({ id: job.id })
    expect(await storedFor(payload, people.old.email)).toEqual([])
    expect(await storedFor(payload, people.almostOld.email)).toHaveLength(1)
    expect(await storedFor(payload, people.recent.email)).toHaveLength(1)
  })
})
