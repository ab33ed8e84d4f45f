// Uploaded images on pages (issue 20): an image block and an optional image on problem cards. The
// alt text is required (on the image itself, so it follows it everywhere), and the page view
// serves both images with their alt text and every size web builds `srcset` from.
import { readFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'

import { pageSchema } from '@dk/shared'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../src/seed/lexical'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let editor: TestUser
let service: TestUser
const created: { collection: 'pages' | 'problem-cards' | 'media'; id: number }[] = []
const drawing = await readFile(
  new URL('../../src/seed/images/verktoy-i-drift.png', import.meta.url),
)

beforeAll(async () => {
  payload = await testPayload()
  ;[editor, service] = await Promise.all([
    createTestUser(payload, ['editor']),
    createTestUser(payload, ['service']),
  ])
})

afterAll(async () => {
  for (const { collection, id } of created.reverse())
    await payload.delete({ collection, id, overrideAccess: true })
  await Promise.all([editor.cleanup(), service.cleanup()])
})

/** An editor's upload, as the admin sends it: the file, and the fields as JSON. */
function upload(fields: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([drawing], { type: 'image/png' }), `bilde-${randomUUID()}.png`)
  form.append('_payload', JSON.stringify(fields))
  return rest('POST', '/media', { auth: { apiKey: editor.apiKey }, body: form })
}

const fieldErrors = (body: any): { path: string; message: string }[] =>
  body?.errors?.[0]?.data?.errors ?? []

async function publishedCard(image: number) {
  const response = await rest('POST', '/problem-cards', {
    auth: { apiKey: editor.apiKey },
    body: {
      title: 'Kort med bilde',
      description: richText('Et kort.'),
      image,
      _status: 'published',
    },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  created.push({ collection: 'problem-cards', id: response.body.doc.id })
  return response.body.doc.id as number
}

function createPage(layout: object[]) {
  return rest('POST', '/pages', {
    auth: { apiKey: editor.apiKey },
    body: {
      title: 'Bilder',
      slug: `bilder-${randomUUID().slice(0, 8)}`,
      layout,
      _status: 'published',
    },
  })
}

describe('images', () => {
  it('refuses an upload without alt text, in Norwegian', async () => {
    const response = await upload({})
    if (response.status === 201) created.push({ collection: 'media', id: response.body.doc.id })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      expect.objectContaining({ path: 'alt', message: 'Dette feltet er påkrevd.' }),
    ])
  })

  it('refuses an image block without an image, in Norwegian', async () => {
    const response = await createPage([{ blockType: 'image', caption: 'Uten bilde' }])
    if (response.status === 201) created.push({ collection: 'pages', id: response.body.doc.id })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      expect.objectContaining({ path: 'layout.0.image', message: 'Dette feltet er påkrevd.' }),
    ])
  })

  it('serves an image block and a card’s image on the page, with alt text and sizes', async () => {
    const uploaded = await upload({ alt: 'Tre kort med verktøy' })
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    const image = uploaded.body.doc
    created.push({ collection: 'media', id: image.id })
    // Stored as WebP, with the smaller copies web offers in srcset (the drawing is 1600 wide).
    expect(image).toMatchObject({ mimeType: 'image/webp', width: 1600, height: 560 })
    expect(image.sizes.card).toMatchObject({ width: 640, height: 224 })
    expect(image.sizes.wide).toMatchObject({ width: 1280, height: 448 })

    const card = await publishedCard(image.id)
    const page = await createPage([
      { blockType: 'hero', heading: 'Bilder' },
      { blockType: 'image', image: image.id, caption: 'Bildetekst', width: 'wide' },
      { blockType: 'problemCardGrid', heading: 'Valgte kort', chooseItems: true, items: [card] },
      { blockType: 'problemCardGrid', heading: 'Alle kort' },
    ])
    expect(page.status, JSON.stringify(page.body)).toBe(201)
    created.push({ collection: 'pages', id: page.body.doc.id })

    const response = await rest('GET', `/pages/view/${page.body.doc.slug}`, {
      auth: { apiKey: service.apiKey },
    })
    expect(response.status).toBe(200)
    const skipped: string[] = []
    // The page as web parses it (the settings are not this test's concern).
    const view = { page: pageSchema((reason) => skipped.push(reason)).parse(response.body.page) }
    expect(skipped).toEqual([])
    const [, block, chosen, all] = view.page!.layout
    const served = {
      alt: 'Tre kort med verktøy',
      url: expect.stringMatching(/^http.*\/api\/media\/file\/.+\.webp$/),
      width: 1600,
      height: 560,
      sizes: {
        card: expect.objectContaining({ width: 640, url: expect.stringMatching(/\.webp$/) }),
        wide: expect.objectContaining({ width: 1280, url: expect.stringMatching(/\.webp$/) }),
      },
    }
    expect(block).toMatchObject({
      blockType: 'image',
      caption: 'Bildetekst',
      width: 'wide',
      image: served,
    })
    // A chosen card and a card in a grid that shows them all: the image comes with it either way.
    for (const grid of [chosen, all]) {
      if (grid?.blockType !== 'problemCardGrid') throw new Error('expected a card grid')
      expect(grid.items.find((item) => item.id === card)?.image).toMatchObject(served)
    }
  })

  it('serves a card without an image as one without', async () => {
    const response = await rest('POST', '/problem-cards', {
      auth: { apiKey: editor.apiKey },
      body: { title: 'Kort uten bilde', description: richText('Et kort.'), _status: 'published' },
    })
    expect(response.status).toBe(201)
    created.push({ collection: 'problem-cards', id: response.body.doc.id })
    const page = await createPage([{ blockType: 'problemCardGrid', heading: 'Alle kort' }])
    created.push({ collection: 'pages', id: page.body.doc.id })
    const view = {
      page: pageSchema().parse(
        (
          await rest('GET', `/pages/view/${page.body.doc.slug}`, {
            auth: { apiKey: service.apiKey },
          })
        ).body.page,
      ),
    }
    const grid = view.page!.layout[0]
    if (grid?.blockType !== 'problemCardGrid') throw new Error('expected a card grid')
    expect(grid.items.find((item) => item.id === response.body.doc.id)?.image).toBeNull()
  })
})
