// A card's preview token shows that card's draft in its page, and nothing else that is unpublished:
// not the page's own draft, not other cards' drafts (shared/src/contracts/preview.ts).
import { randomUUID } from 'node:crypto'

import { signPreviewToken } from '@dk/shared'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previewSecret } from '../../src/preview/secret'
import { richText } from '../../src/seed/lexical'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload
const marker = randomUUID().slice(0, 8)
const secrets = {
  pageHeading: `Hemmelig sideutkast ${marker}`,
  otherCard: `Hemmelig annet kort ${marker}`,
}
const previewedDraft = `Kortets utkast ${marker}`
let pageId: number
let cardId: number
let otherId: number

async function publishedCardWithDraft(title: string, draftTitle: string) {
  const card = await payload.create({
    collection: 'problem-cards',
    data: { title, description: richText('Kort.'), _status: 'published' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'problem-cards',
    id: card.id,
    data: { title: draftTitle },
    draft: true,
    overrideAccess: true,
  })
  return card.id
}

beforeAll(async () => {
  payload = await testPayload()
  cardId = await publishedCardWithDraft(`Publisert kort ${marker}`, previewedDraft)
  otherId = await publishedCardWithDraft(`Publisert annet kort ${marker}`, secrets.otherCard)
  const page = await payload.create({
    collection: 'pages',
    data: {
      title: 'Kortside',
      slug: `kortside-${marker}`,
      _status: 'published',
      layout: [
        { blockType: 'hero', heading: 'Publisert overskrift' },
        { blockType: 'problemCardGrid', heading: 'Kort', items: [cardId, otherId] },
      ],
    },
    overrideAccess: true,
  })
  pageId = page.id
  await payload.update({
    collection: 'pages',
    id: pageId,
    data: {
      layout: [
        { blockType: 'hero', heading: secrets.pageHeading },
        { blockType: 'problemCardGrid', heading: 'Kort', items: [cardId, otherId] },
      ],
    },
    draft: true,
    overrideAccess: true,
  })
})
afterAll(async () => {
  await payload.delete({ collection: 'pages', id: pageId, overrideAccess: true })
  for (const id of [cardId, otherId])
    await payload.delete({ collection: 'problem-cards', id, overrideAccess: true })
})

describe('a card preview', () => {
  it('shows the card’s draft and nothing else unpublished', async () => {
    const token = await signPreviewToken(previewSecret(), 'problem-cards', cardId)
    const response = await rest('GET', `/preview/problem-cards/${cardId}`, { query: { token } })
    expect(response.status).toBe(200)
    const text = JSON.stringify(response.body)
    expect(text).toContain(previewedDraft)
    expect(text).not.toContain(secrets.pageHeading)
    expect(text).not.toContain(secrets.otherCard)
  })
})
