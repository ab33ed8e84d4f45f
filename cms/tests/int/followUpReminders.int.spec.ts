// The daily follow-up reminders, on real Payload and PostgreSQL with the real test SMTP server and
// chat receiver. The clock is passed in: the submissions here are dated March 2019, around the
// spring clock change (Sunday 31 March), earlier than anything other test files store (the
// overview's test uses 2020), so only they can be overdue on the days these reminders are for.
import { randomUUID } from 'node:crypto'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Mail } from '@dk/testing/mailbox'

import { findOverdue } from '../../src/collections/FormSubmissions/followUp/findOverdue'
import { sendFollowUpReminders } from '../../src/jobs/followUpReminders/sendFollowUpReminders'
import { testPayload } from '../helpers/payload'
import { deleteSubmissionsOf, submissionBody } from '../helpers/submissions'
import { createTestUser, type TestUser } from '../helpers/users'
import { readWebhook } from '../helpers/webhookReceiver'

let payload: Payload
/** A second Payload with its own connection pool: another CMS process on the same database. */
let secondProcess: Payload
let assignee: TestUser
let follower: TestUser
let bystander: TestUser
let area: { id: number; key: string }
let otherArea: { id: number; key: string }
const emails: string[] = []
const ids: Record<'own' | 'lastMinute' | 'nextDay' | 'handled' | 'contactedNobody', number> =
  {} as never
const names: string[] = []

async function createDated(
  createdAt: string,
  data: { status: 'new' | 'contacted'; assignee?: number; interests?: string[] },
) {
  const body = submissionBody({ name: `Påminnelse ${randomUUID()}` })
  emails.push(body.email)
  names.push(body.name)
  const doc = await payload.create({
    collection: 'form-submissions',
    data: { ...body, ...data, interests: data.interests ?? [] },
    overrideAccess: true,
  })
  await payload.db.updateOne({ collection: 'form-submissions', id: doc.id, data: { createdAt } })
  return doc.id
}

async function createArea(name: string) {
  const created = await payload.create({
    collection: 'contribution-areas',
    data: {
      title: `Påminnelse ${name}`,
      description: 'Testområde for påminnelser',
      formLabel: name,
      key: `paaminnelse-${name}-${randomUUID().slice(0, 8)}`,
      _status: 'published',
    },
    overrideAccess: true,
  })
  return { id: created.id, key: created.key }
}

const link = (id: number) => `http://localhost:3001/admin/collections/form-submissions/${id}`

async function remindersTo(user: TestUser, date: string): Promise<Mail[]> {
  const response = await fetch(`${inject('mailboxUrl')}/?to=${encodeURIComponent(user.user.email)}`)
  return ((await response.json()) as Mail[]).filter((mail) =>
    mail.subject.startsWith(`Påminnelse ${date}`),
  )
}

beforeAll(async () => {
  payload = await testPayload()
  secondProcess = await getPayload({ config, key: 'second-cms-process' })
  ;[assignee, follower, bystander] = await Promise.all([
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['recruiter']),
    createTestUser(payload, ['recruiter']),
  ])
  area = await createArea('drift')
  otherArea = await createArea('design')
  await payload.update({
    collection: 'users',
    id: follower.user.id,
    data: { followedInterests: [area.id] },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'users',
    id: bystander.user.id,
    data: { followedInterests: [otherArea.id] },
    overrideAccess: true,
  })
  // Deadline 3 days (the default): due by the end of the third Oslo day after the day it came.
  ids.own = await createDated('2019-03-27T10:00:00Z', {
    status: 'new',
    assignee: assignee.user.id,
    interests: [otherArea.key],
  })
  // Thursday 28 March, 23:59:59 in Oslo (UTC+1): due by Monday 1 April 00:00, then UTC+2.
  ids.lastMinute = await createDated('2019-03-28T22:59:59Z', {
    status: 'new',
    interests: [area.key],
  })
  // One second later it is Friday in Oslo: due a day later.
  ids.nextDay = await createDated('2019-03-28T23:00:00Z', {
    status: 'new',
    interests: [area.key],
  })
  ids.handled = await createDated('2019-03-23T10:00:00Z', {
    status: 'contacted',
    assignee: follower.user.id,
    interests: [area.key],
  })
  ids.contactedNobody = await createDated('2019-03-23T10:00:00Z', {
    status: 'contacted',
    interests: [area.key],
  })
})
afterAll(async () => {
  await deleteSubmissionsOf(payload, emails)
  await Promise.all([assignee, follower, bystander].map((user) => user.cleanup()))
  await payload.delete({
    collection: 'contribution-areas',
    where: { id: { in: [area.id, otherArea.id] } },
    overrideAccess: true,
  })
  await secondProcess.destroy()
})

describe('overdue, on the database', () => {
  const overdueIds = async (now: string) =>
    (await findOverdue(payload, new Date(now), 3)).map((submission) => submission.id)

  it('is not one second before the Oslo midnight after the deadline day, across the clock change', async () => {
    // Sunday 31 March, 23:59:59 in Oslo, summer time.
    const ids_ = await overdueIds('2019-03-31T21:59:59Z')
    expect(ids_).toContain(ids.own)
    expect(ids_).not.toContain(ids.lastMinute)
  })

  it('is from that midnight on (71 hours after it came, not 72)', async () => {
    const ids_ = await overdueIds('2019-03-31T22:00:00Z')
    expect(ids_).toContain(ids.lastMinute)
    expect(ids_).not.toContain(ids.nextDay)
  })

  it('counts a contacted submission without anyone responsible, not one with', async () => {
    const ids_ = await overdueIds('2019-03-31T22:00:00Z')
    expect(ids_).toContain(ids.contactedNobody)
    expect(ids_).not.toContain(ids.handled)
  })
})

describe('the daily reminder', () => {
  const monday = new Date('2019-04-01T07:00:00Z')

  it('is a task queued every morning', () => {
    const task = payload.config.jobs.tasks?.find(
      (candidate) => candidate.slug === 'sendFollowUpReminders',
    )
    expect(task?.schedule).toEqual([{ cron: '0 7 * * *', queue: 'daily' }])
  })

  it('sends nothing on a day when nothing is overdue', async () => {
    const outcome = await sendFollowUpReminders(payload, new Date('2019-03-23T07:00:00Z'))
    expect(outcome).toEqual({ day: '2019-03-23', overdue: 0, mailed: 0, posted: false })
    for (const user of [assignee, follower, bystander]) {
      expect(await remindersTo(user, '23.03.2019')).toEqual([])
    }
    const posts = await readWebhook(
      inject('webhookUrl'),
      (post) => JSON.stringify(post.body).includes('23.03.2019'),
      { timeoutMs: 500 },
    )
    expect(posts).toEqual([])
  })

  it('is sent once per person and day, even by two CMS processes at the same moment', async () => {
    const outcomes = await Promise.all([
      sendFollowUpReminders(payload, monday),
      sendFollowUpReminders(secondProcess, monday),
    ])
    expect(outcomes.map((outcome) => outcome.overdue)).toEqual([3, 3])
    expect(outcomes.filter((outcome) => outcome.posted)).toHaveLength(1)
    for (const user of [assignee, follower]) {
      expect(await remindersTo(user, '01.04.2019')).toHaveLength(1)
    }
    expect(await remindersTo(bystander, '01.04.2019')).toEqual([])
  })

  it('is not sent again by a restarted process later the same day', async () => {
    const later = await sendFollowUpReminders(payload, new Date('2019-04-01T15:00:00Z'))
    expect(later).toMatchObject({ overdue: 3, mailed: 0, posted: false })
    expect(await remindersTo(follower, '01.04.2019')).toHaveLength(1)
  })

  it('lists the assignee’s own overdue submissions as links, with no names', async () => {
    const [mail] = await remindersTo(assignee, '01.04.2019')
    expect(mail?.subject).toBe('Påminnelse 01.04.2019: 1 innsendt skjema venter på oppfølging')
    expect(mail?.text).toBe(
      [
        'Hei!',
        'Disse har ventet lenger enn fristen på 3 dager etter innsending uten å bli fulgt opp:',
        `Tildelt deg, fortsatt «Ny» (1):\n${link(ids.own)}`,
        'Oversikten over rekrutteringen: http://localhost:3001/admin',
        'Av personvernhensyn står verken navn eller innhold i denne e-posten.',
      ].join('\n\n'),
    )
    expect(mail?.html).toContain(`<a href="${link(ids.own)}">Innsendt skjema nr. ${ids.own}</a>`)
  })

  it('lists the unassigned overdue ones in the areas a recruiter follows', async () => {
    const [mail] = await remindersTo(follower, '01.04.2019')
    expect(mail?.subject).toBe('Påminnelse 01.04.2019: 2 innsendte skjema venter på oppfølging')
    expect(mail?.text).toContain(
      `Uten ansvarlig, i områdene du følger (2):\n${link(ids.contactedNobody)}\n${link(ids.lastMinute)}`,
    )
    for (const notListed of [ids.own, ids.nextDay, ids.handled]) {
      expect(mail?.text).not.toContain(link(notListed))
    }
    for (const name of names) expect(JSON.stringify(mail)).not.toContain(name)
  })

  it('tells the chat room once how many are overdue, with a link and nothing personal', async () => {
    const posts = await readWebhook(inject('webhookUrl'), (post) =>
      JSON.stringify(post.body).includes('01.04.2019'),
    )
    expect(posts.map((post) => post.body)).toEqual([
      {
        text: 'Påminnelse 01.04.2019: 3 innsendte skjema har ventet lenger enn 3 dager på oppfølging. Oversikt: http://localhost:3001/admin',
      },
    ])
  })
})
