// Editors' safety nets, with Payload's own operations: restoring an older version, and publishing
// or unpublishing at a chosen time through the jobs queue (what the admin's schedule dialog queues).
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { upcomingSchedules } from '../../src/admin/schedules'
import { richText } from '../../src/seed/lexical'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createUsers, type TestUser } from '../helpers/users'

let payload: Payload
let editor: TestUser
let service: TestUser
const created: number[] = []
const createdCards: number[] = []

beforeAll(async () => {
  payload = await testPayload()
  ;({ editor, service } = await createUsers(payload, ['editor', 'service']))
})

afterAll(async () => {
  await Promise.all(
    created.map((id) => payload.delete({ collection: 'pages', id, overrideAccess: true })),
  )
  await Promise.all(
    createdCards.map((id) =>
      payload.delete({ collection: 'problem-cards', id, overrideAccess: true }),
    ),
  )
  await Promise.all([editor.cleanup(), service.cleanup()])
})

async function newPage(status: 'draft' | 'published', title = 'Versjon 1') {
  const slug = `versjoner-${randomUUID().slice(0, 8)}`
  const page = await payload.create({
    collection: 'pages',
    data: { title, slug, _status: status, layout: [{ blockType: 'hero', heading: title }] },
    draft: status === 'draft',
    overrideAccess: true,
  })
  created.push(page.id)
  return page
}

/** What web (the service user) gets for the slug: the published title, or null. */
async function publishedTitle(slug: string): Promise<string | null> {
  const response = await rest('GET', `/pages/view/${slug}`, { auth: { apiKey: service.apiKey } })
  expect(response.status).toBe(200)
  return response.body.page?.title ?? null
}

describe('version history', () => {
  it('restores an older published version, and the site shows it again', async () => {
    const page = await newPage('published', 'Første utgave')
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Andre utgave', _status: 'published' },
      overrideAccess: true,
    })
    expect(await publishedTitle(page.slug)).toBe('Andre utgave')

    const versions = await payload.findVersions({
      collection: 'pages',
      where: {
        parent: { equals: page.id },
        'version.title': { equals: 'Første utgave' },
        'version._status': { equals: 'published' },
      },
      overrideAccess: true,
    })
    expect(versions.docs).toHaveLength(1)
    // As an editor, the way the admin's "Gjenopprett" button does it.
    await payload.restoreVersion({
      collection: 'pages',
      id: versions.docs[0]!.id,
      user: editor.user,
      overrideAccess: false,
    })
    expect(await publishedTitle(page.slug)).toBe('Første utgave')
  })
})

describe('restoring a card', () => {
  it('brings back what it said, and leaves it where it stands in the list', async () => {
    const newCard = async (title: string) => {
      const card = await payload.create({
        collection: 'problem-cards',
        data: { title, description: richText('Første utgave.'), _status: 'published' },
        overrideAccess: true,
      })
      createdCards.push(card.id)
      return card
    }
    const before = await newCard(`Står først ${randomUUID().slice(0, 6)}`)
    const card = await newCard(`Gammel tittel ${randomUUID().slice(0, 6)}`)
    expect(card._order! > before._order!).toBe(true)
    await payload.update({
      collection: 'problem-cards',
      id: card.id,
      data: { title: `Ny tittel ${randomUUID().slice(0, 6)}`, _status: 'published' },
      overrideAccess: true,
    })

    // Moved in front of the other card the way the admin's drag handle does it.
    const moved = await rest('POST', '/reorder', {
      auth: { apiKey: editor.apiKey },
      body: {
        collectionSlug: 'problem-cards',
        orderableFieldName: '_order',
        docsToMove: [card.id],
        newKeyWillBe: 'less',
        target: { id: before.id, key: before._order },
      },
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    const orderOf = async (id: number, draft = false) =>
      (await payload.findByID({ collection: 'problem-cards', id, draft, overrideAccess: true }))
        ._order!
    const movedOrder = await orderOf(card.id)
    expect(movedOrder < before._order!).toBe(true)

    const older = await payload.findVersions({
      collection: 'problem-cards',
      where: { parent: { equals: card.id }, 'version.title': { equals: card.title } },
      overrideAccess: true,
    })
    expect(older.docs).toHaveLength(1)
    await payload.restoreVersion({
      collection: 'problem-cards',
      id: older.docs[0]!.id,
      user: editor.user,
      overrideAccess: false,
    })

    const restored = await payload.findByID({
      collection: 'problem-cards',
      id: card.id,
      overrideAccess: true,
    })
    expect(restored.title).toBe(card.title)
    expect(restored._order).toBe(movedOrder)
    // The newest version, the one the admin opens and a later publish starts from, too.
    expect(await orderOf(card.id, true)).toBe(movedOrder)
  })
})

describe('scheduled publishing', () => {
  /** The job the admin's schedule dialog queues (@payloadcms/ui schedulePublishHandler). */
  const schedule = (type: 'publish' | 'unpublish', id: number, waitUntil: Date) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type,
        doc: { relationTo: 'pages', value: id },
        user: { relationTo: 'users', value: editor.user.id },
      },
      waitUntil,
    })
  /** One pass of the queue, as the CMS's cron runs it every minute, limited to this job. */
  const runQueue = (jobId: number | string) =>
    payload.jobs.run({ allQueues: true, where: { id: { equals: jobId } } })
  const inAnHour = () => new Date(Date.now() + 3_600_000)
  /** Time passes: the job's moment is now behind us. */
  const timeComes = (jobId: number | string) =>
    payload.update({
      collection: 'payload-jobs',
      id: jobId,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })

  it('shows what is scheduled for a document until it has run', async () => {
    const page = await newPage('draft', 'Planlagt og synlig')
    const other = await newPage('draft', 'Annen side')
    const later = new Date(Date.now() + 2 * 3_600_000)
    const publish = await schedule('publish', page.id, inAnHour())
    await schedule('unpublish', page.id, later)
    await schedule('publish', other.id, inAnHour())

    const shown = await upcomingSchedules(payload, 'pages', page.id)
    expect(shown.map((s) => s.type)).toEqual(['publish', 'unpublish'])
    expect(new Date(shown[1]!.waitUntil).getTime()).toBe(later.getTime())
    expect(await upcomingSchedules(payload, 'problem-cards', page.id)).toEqual([])

    await timeComes(publish.id)
    await runQueue(publish.id)
    expect((await upcomingSchedules(payload, 'pages', page.id)).map((s) => s.type)).toEqual([
      'unpublish',
    ])
  })

  it('publishes a draft when its time comes, not before', async () => {
    const page = await newPage('draft', 'Planlagt side')
    expect(await publishedTitle(page.slug)).toBeNull()

    const job = await schedule('publish', page.id, inAnHour())
    await runQueue(job.id)
    expect(await publishedTitle(page.slug)).toBeNull()

    await timeComes(job.id)
    await runQueue(job.id)
    expect(await publishedTitle(page.slug)).toBe('Planlagt side')
  })

  it('unpublishes a page when its time comes', async () => {
    const page = await newPage('published', 'Side som skal bort')
    expect(await publishedTitle(page.slug)).toBe('Side som skal bort')

    const job = await schedule('unpublish', page.id, inAnHour())
    await runQueue(job.id)
    expect(await publishedTitle(page.slug)).toBe('Side som skal bort')

    await timeComes(job.id)
    await runQueue(job.id)
    expect(await publishedTitle(page.slug)).toBeNull()
  })
})
