// A grid without a choice of its own shows its whole collection, in list order, for ever (issue
// 20): reading a page the way the admin or a REST client does and saving it back must not freeze
// that into a fixed list. Only the page view fills the grid in.
import { randomUUID } from 'node:crypto'

import { sql, type MigrateUpArgs, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { up as repairFrozenGrids } from '../../src/migrations/20261202_111549_repair_frozen_grids'
import { richText } from '../../src/seed/lexical'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createUsers, type TestUser } from '../helpers/users'

let payload: Payload
let editor: TestUser
let service: TestUser
const created: { collection: 'pages' | 'problem-cards' | 'onboarding-steps'; id: number }[] = []

beforeAll(async () => {
  payload = await testPayload()
  ;({ editor, service } = await createUsers(payload, ['editor', 'service']))
})

afterAll(async () => {
  for (const { collection, id } of created.reverse())
    await payload.delete({ collection, id, overrideAccess: true })
  await Promise.all([editor.cleanup(), service.cleanup()])
})

type Grid = { blockType: string; chooseItems?: boolean; items?: (number | { id: number })[] }
const idOf = (item: number | { id: number }) => (typeof item === 'number' ? item : item.id)

async function createPage(layout: object[]) {
  const slug = `rutenett-${randomUUID().slice(0, 8)}`
  const page = await payload.create({
    collection: 'pages',
    data: { title: 'Rutenett', slug, _status: 'published', layout: layout as never },
    overrideAccess: true,
  })
  created.push({ collection: 'pages', id: page.id })
  return page
}

async function publishCard(title: string): Promise<number> {
  const response = await rest('POST', '/problem-cards', {
    auth: { apiKey: editor.apiKey },
    body: { title, description: richText('Et nytt kort.'), _status: 'published' },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  created.push({ collection: 'problem-cards', id: response.body.doc.id })
  return response.body.doc.id
}

const viewedCards = async (slug: string): Promise<number[]> => {
  const response = await rest('GET', `/pages/view/${slug}`, { auth: { apiKey: service.apiKey } })
  expect(response.status).toBe(200)
  const grid = (response.body.page.layout as Grid[]).find((b) => b.blockType === 'problemCardGrid')
  return (grid?.items ?? []).map(idOf)
}

describe('a grid without a choice of its own', () => {
  it('still shows new cards and the list order after the page is read and saved back over REST', async () => {
    const page = await createPage([
      { blockType: 'hero', heading: 'Rutenett' },
      { blockType: 'problemCardGrid', heading: 'Kort' },
    ])
    await publishCard(`Før lagring ${randomUUID().slice(0, 6)}`)

    // What the admin's edit view reads, then the same document published back unchanged.
    const read = await rest('GET', `/pages/${page.id}`, {
      auth: { apiKey: editor.apiKey },
      query: { draft: 'true', depth: '1' },
    })
    expect(read.status).toBe(200)
    const saved = await rest('PATCH', `/pages/${page.id}`, {
      auth: { apiKey: editor.apiKey },
      body: { ...read.body, _status: 'published' },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)

    const card = await publishCard(`Etter lagring ${randomUUID().slice(0, 6)}`)
    expect(await viewedCards(page.slug)).toContain(card)

    // Moving the new card first in the list moves it first on the page.
    const first = (
      await payload.find({ collection: 'problem-cards', sort: '_order', limit: 1, depth: 0 })
    ).docs[0]!
    const moved = await rest('POST', '/reorder', {
      auth: { apiKey: editor.apiKey },
      body: {
        collectionSlug: 'problem-cards',
        orderableFieldName: '_order',
        docsToMove: [card],
        newKeyWillBe: 'less',
        target: { id: first.id, key: first._order },
      },
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect((await viewedCards(page.slug))[0]).toBe(card)
  })

  it('reads back as no choice at all, with depth=0 and without, in the admin’s draft too', async () => {
    const page = await createPage([{ blockType: 'problemCardGrid', heading: 'Kort' }])
    await publishCard(`Finnes ${randomUUID().slice(0, 6)}`)
    const queries: Record<string, string>[] = [
      { depth: '0' },
      { depth: '1' },
      { depth: '0', draft: 'true' },
      {},
    ]
    for (const query of queries) {
      const read = await rest('GET', `/pages/${page.id}`, {
        auth: { apiKey: editor.apiKey },
        query,
      })
      const [grid] = read.body.layout as Grid[]
      expect(grid?.items, JSON.stringify(query)).toEqual([])
      expect(grid?.chooseItems, JSON.stringify(query)).toBe(false)
    }
  })

  it('keeps a choice only while «Velg kort selv» is ticked', async () => {
    const card = await publishCard(`Valgt ${randomUUID().slice(0, 6)}`)
    const page = await createPage([
      { blockType: 'problemCardGrid', heading: 'Kort', chooseItems: true, items: [card] },
    ])
    expect(await viewedCards(page.slug)).toEqual([card])

    const refused = await rest('PATCH', `/pages/${page.id}`, {
      auth: { apiKey: editor.apiKey },
      body: { layout: [{ blockType: 'problemCardGrid', heading: 'Kort', chooseItems: true }] },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Velg minst ett kort')

    const unticked = await rest('PATCH', `/pages/${page.id}`, {
      auth: { apiKey: editor.apiKey },
      body: { layout: [{ blockType: 'problemCardGrid', heading: 'Kort', items: [card] }] },
    })
    expect(unticked.status, JSON.stringify(unticked.body)).toBe(200)
    expect(unticked.body.doc.layout[0]).toMatchObject({ chooseItems: false, items: [] })
  })
})

describe('the repair of grids frozen before issue 20', () => {
  it('empties a stored choice of the whole collection and keeps any other choice', async () => {
    // Steps: other test files create problem cards while this runs, and "whole" must hold still.
    const [step] = await Promise.all(
      [1, 2].map(async () => {
        const step = await payload.create({
          collection: 'onboarding-steps',
          data: { title: `Steg ${randomUUID().slice(0, 6)}`, description: 'Et steg.' },
          overrideAccess: true,
        })
        created.push({ collection: 'onboarding-steps', id: step.id })
        return step
      }),
    )
    const all = (
      await payload.find({ collection: 'onboarding-steps', limit: 100, depth: 0, sort: '_order' })
    ).docs.map((doc) => doc.id)
    // As the old admin left them: a full list and a real choice, neither marked as a choice.
    const frozen = await createPage([
      { blockType: 'hero', heading: 'Frossen' },
      { blockType: 'steps', heading: 'Steg', chooseItems: true, items: [...all].reverse() },
    ])
    const chosen = await createPage([
      { blockType: 'steps', heading: 'Steg', chooseItems: true, items: [step!.id] },
    ])
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    const pages = [frozen.id, chosen.id]
    await db.execute(sql`UPDATE pages_blocks_steps SET choose_items = false
      WHERE _parent_id IN (${sql.join(pages, sql`, `)})`)
    await db.execute(sql`UPDATE _pages_v_blocks_steps SET choose_items = false
      WHERE _parent_id IN (SELECT id FROM _pages_v WHERE parent_id IN (${sql.join(pages, sql`, `)}))`)

    await repairFrozenGrids({ db, payload } as MigrateUpArgs)

    for (const draft of [false, true]) {
      const read = async (id: number) =>
        (await payload.findByID({ collection: 'pages', id, depth: 0, draft })).layout as Grid[]
      expect((await read(frozen.id))[1], `draft: ${draft}`).toMatchObject({
        chooseItems: false,
        items: [],
      })
      expect((await read(chosen.id))[0], `draft: ${draft}`).toMatchObject({
        chooseItems: true,
        items: [step!.id],
      })
    }
  })
})
