// A new submission is mailed, through the real test SMTP server, to the recruiters who follow any
// of its contribution areas; with no areas, or none followed, to every recruiter. Recruiters choose
// what they follow on their own account, and nobody else sees or sets it.
import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Mail } from '@dk/testing/mailbox'

import { runJobsForSubmission } from '../helpers/jobs'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { deleteSubmissionsOf, submissionBody } from '../helpers/submissions'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let service: TestUser
let followsDrift: TestUser
let followsDesign: TestUser
let followsNothing: TestUser
let editor: TestUser
let admin: TestUser
const areas: Record<'drift' | 'design' | 'unfollowed', { id: number; key: string }> = {} as never
const emails: string[] = []

async function createArea(name: string) {
  const area = await payload.create({
    collection: 'contribution-areas',
    data: {
      title: `Ruting ${name}`,
      description: 'Testområde for ruting',
      formLabel: name,
      key: `ruting-${name}-${randomUUID().slice(0, 8)}`,
      _status: 'published',
    },
    overrideAccess: true,
  })
  return { id: area.id, key: area.key }
}

/** Submits as web does and runs its notices; returns the admin link the mails carry. */
async function submit(interests: string[]) {
  const body = submissionBody({ interests })
  emails.push(body.email)
  const created = await rest('POST', '/form-submissions', {
    auth: { apiKey: service.apiKey },
    body,
  })
  expect(created.status).toBe(201)
  await runJobsForSubmission(payload, created.body.doc.id)
  return `/admin/collections/form-submissions/${created.body.doc.id}`
}

/** Who got the mail with this link, of the given recruiters (the mail is sent before jobs.run ends). */
async function recipientsOf(link: string, users: TestUser[]) {
  const all = (await (await fetch(inject('mailboxUrl'))).json()) as Mail[]
  const mail = all.filter((message) => message.text.includes(link))
  return users.filter((user) => mail.some((message) => message.to.includes(user.user.email)))
}

const follow = (user: TestUser, areaIds: number[], as: TestUser = user) =>
  rest('PATCH', `/users/${user.user.id}`, {
    auth: { apiKey: as.apiKey },
    body: { followedInterests: areaIds },
  })

beforeAll(async () => {
  payload = await testPayload()
  ;[service, followsDrift, followsDesign, followsNothing, editor, admin] = await Promise.all([
    createTestUser(payload, ['service']),
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['editor']),
    createTestUser(payload, ['admin']),
  ])
  areas.drift = await createArea('drift')
  areas.design = await createArea('design')
  areas.unfollowed = await createArea('ufulgt')
  expect((await follow(followsDrift, [areas.drift.id])).status).toBe(200)
  expect((await follow(followsDesign, [areas.design.id])).status).toBe(200)
})
afterAll(async () => {
  await deleteSubmissionsOf(payload, emails)
  await Promise.all(
    [service, followsDrift, followsDesign, followsNothing, editor, admin].map((user) =>
      user.cleanup(),
    ),
  )
  await payload.delete({
    collection: 'contribution-areas',
    where: { id: { in: Object.values(areas).map((area) => area.id) } },
    overrideAccess: true,
  })
})

describe('interest routing', () => {
  const recruiters = () => [followsDrift, followsDesign, followsNothing]

  it('mails a submission to the recruiters who follow its areas, and only them', async () => {
    const link = await submit([areas.drift.key])
    expect(await recipientsOf(link, recruiters())).toEqual([followsDrift])
  })

  it('mails every follower of any of its areas', async () => {
    const link = await submit([areas.drift.key, areas.design.key])
    expect(await recipientsOf(link, recruiters())).toEqual([followsDrift, followsDesign])
  })

  it('mails every recruiter when the submission has no areas', async () => {
    const link = await submit([])
    expect(await recipientsOf(link, recruiters())).toEqual(recruiters())
  })

  it('mails every recruiter when nobody follows its areas', async () => {
    const link = await submit([areas.unfollowed.key])
    expect(await recipientsOf(link, recruiters())).toEqual(recruiters())
  })
})

describe('the areas a recruiter follows', () => {
  const read = async (user: TestUser, as: TestUser) =>
    (await rest('GET', `/users/${user.user.id}`, { auth: { apiKey: as.apiKey } })).body

  it('are shown to the recruiter on their own account', async () => {
    expect((await read(followsDrift, followsDrift)).followedInterests).toEqual([
      expect.objectContaining({ id: areas.drift.id }),
    ])
  })

  it('are hidden from and not set by an admin on someone else’s account', async () => {
    expect(await read(followsDrift, admin)).not.toHaveProperty('followedInterests')
    expect((await follow(followsDrift, [areas.design.id], admin)).status).toBe(200)
    expect((await read(followsDrift, followsDrift)).followedInterests).toEqual([
      expect.objectContaining({ id: areas.drift.id }),
    ])
  })

  it('are not for editors, not even on their own account', async () => {
    await follow(editor, [areas.drift.id])
    const stored = await payload.findByID({
      collection: 'users',
      id: editor.user.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.followedInterests ?? []).toEqual([])
    expect(await read(editor, editor)).not.toHaveProperty('followedInterests')
  })

  it('are deleted with the account', async () => {
    const leaving = await createTestUser(payload, ['recruiter'])
    expect((await follow(leaving, [areas.drift.id, areas.design.id])).status).toBe(200)
    await leaving.cleanup()
    const rows = await payload.db.drizzle.execute(
      sql`select count(*)::int as n from users_rels where parent_id = ${leaving.user.id}`,
    )
    expect(rows.rows[0]).toEqual({ n: 0 })
  })
})
