// The live preview's draft door: GET /api/preview/:collection/:id?token=… with the signed token the
// admin mints for an editor. Drafts only with a valid token for that very document; never
// personal data; never cached or indexed.
import { randomUUID } from 'node:crypto'

import { signPreviewToken } from '@dk/shared'
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previewSecret } from '../../src/preview/secret'
import { richText } from '../../src/seed/lexical'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createUsers, type TestUser } from '../helpers/users'

let payload: Payload
let editor: TestUser
let service: TestUser
let pageId: number
let cardId: number
const slug = `forhandsvisning-${randomUUID().slice(0, 8)}`
const publishedHeading = 'Publisert overskrift'
const draftHeading = 'Utkast til overskrift'
const draftCardTitle = `Nytt kort ${randomUUID().slice(0, 8)}`

beforeAll(async () => {
  payload = await testPayload()
  ;({ editor, service } = await createUsers(payload, ['editor', 'service']))
  const page = await payload.create({
    collection: 'pages',
    data: {
      title: 'Forhåndsvisning',
      slug,
      _status: 'published',
      layout: [
        { blockType: 'hero', heading: publishedHeading },
        { blockType: 'problemCardGrid', heading: 'Kort' },
      ],
    },
    overrideAccess: true,
  })
  pageId = page.id
  // The editor types: autosave stores a draft, the published page stays as it was.
  await payload.update({
    collection: 'pages',
    id: pageId,
    data: {
      layout: [
        { blockType: 'hero', heading: draftHeading },
        { blockType: 'problemCardGrid', heading: 'Kort' },
      ],
    },
    draft: true,
    autosave: true,
    overrideAccess: true,
  })
  // A card that has never been published.
  const card = await payload.create({
    collection: 'problem-cards',
    data: { title: draftCardTitle, description: richText('Bare et utkast.'), _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  cardId = card.id
})

afterAll(async () => {
  await payload.delete({ collection: 'pages', id: pageId, overrideAccess: true })
  await payload.delete({ collection: 'problem-cards', id: cardId, overrideAccess: true })
  await Promise.all([editor.cleanup(), service.cleanup()])
})

const token = (collection: 'pages' | 'problem-cards', id: number, now?: number) =>
  signPreviewToken(previewSecret(), collection, id, now)

type Block = { blockType: string; heading?: string; items?: { id: number; title: string }[] }

describe('the preview endpoint', () => {
  it("shows a page's draft with a valid token, never to be cached or indexed", async () => {
    const response = await rest('GET', `/preview/pages/${pageId}`, {
      query: { token: await token('pages', pageId) },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store, private')
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(response.body.page.slug).toBe(slug)
    const layout: Block[] = response.body.page.layout
    expect(layout[0]?.heading).toBe(draftHeading)
    // The empty grid is filled with every card's latest draft, the unpublished one included.
    const grid = layout.find((block) => block.blockType === 'problemCardGrid')
    expect(grid?.items?.map((item) => item.title)).toContain(draftCardTitle)
    expect(response.body).toHaveProperty('settings')
  })

  it('while visitors and web still get the published page', async () => {
    const response = await rest('GET', `/pages/view/${slug}`, { auth: { apiKey: service.apiKey } })
    expect(response.body.page.layout[0].heading).toBe(publishedHeading)
    const grid = response.body.page.layout[1]
    expect(grid.items.map((item: { title: string }) => item.title)).not.toContain(draftCardTitle)
  })

  it("shows a card's draft on a page whose grid shows it", async () => {
    const response = await rest('GET', `/preview/problem-cards/${cardId}`, {
      query: { token: await token('problem-cards', cardId) },
    })
    expect(response.status).toBe(200)
    const grids = (response.body.page.layout as Block[]).filter(
      (block) => block.blockType === 'problemCardGrid',
    )
    const shown = grids.flatMap((grid) => grid.items ?? [])
    expect(shown).toContainEqual(expect.objectContaining({ id: cardId, title: draftCardTitle }))
  })

  it('refuses a missing token with 401 and a wrong, expired or borrowed one with 403', async () => {
    const path = `/preview/pages/${pageId}`
    expect((await rest('GET', path)).status).toBe(401)
    const refused = async (query: Record<string, string>, at = path) => {
      const response = await rest('GET', at, { query })
      expect(response.status, JSON.stringify(query)).toBe(403)
      expect(response.body.page).toBeUndefined()
      expect(response.headers.get('cache-control')).toBe('no-store, private')
    }
    await refused({ token: 'nonsense' })
    await refused({ token: await token('pages', pageId, Date.now() - 4 * 3_600_000) })
    // A token for another document opens nothing else, and no other collection.
    await refused({ token: await token('pages', pageId + 1) })
    await refused({ token: await token('problem-cards', cardId) })
    await refused({ token: await token('pages', pageId) }, `/preview/problem-cards/${pageId}`)
    // Even a correctly signed token for a personal data collection is refused.
    const forged = await signPreviewToken(previewSecret(), 'form-submissions' as 'pages', 1)
    await refused({ token: forged }, '/preview/form-submissions/1')
    await refused({ token: forged }, '/preview/users/1')
  })

  it('says 404 when the document does not exist', async () => {
    const missing = 999_999_999
    const response = await rest('GET', `/preview/pages/${missing}`, {
      query: { token: await token('pages', missing) },
    })
    expect(response.status).toBe(404)
  })
})

describe('the admin link', () => {
  const urlFor = async (user: TestUser['user'] | null, id: number) => {
    const livePreview = payload.collections.pages.config.admin.livePreview
    if (typeof livePreview?.url !== 'function') throw new Error('no live preview url function')
    return livePreview.url({
      data: { id },
      req: { user, payload } as unknown as PayloadRequest,
      locale: { code: 'nb', label: 'Norsk' },
      collectionConfig: payload.collections.pages.config,
      payload,
    })
  }

  it("points an editor at web's preview route with a token that opens the draft", async () => {
    const url = new URL(String(await urlFor(editor.user, pageId)))
    expect(url.pathname).toBe(`/forhandsvisning/pages/${pageId}`)
    const response = await rest('GET', `/preview/pages/${pageId}`, {
      query: { token: url.searchParams.get('token')! },
    })
    expect(response.status).toBe(200)
  })

  it('is not minted for anyone but editors', async () => {
    expect(await urlFor(service.user, pageId)).toBeNull()
    expect(await urlFor(null, pageId)).toBeNull()
  })
})
