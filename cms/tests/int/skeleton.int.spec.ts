import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../src/seed/lexical'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTestUser, type TestUser } from '../helpers/users'

describe('problem cards over REST', () => {
  let payload: Payload
  let editor: TestUser

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createTestUser(payload, ['editor'])
  })
  afterAll(() => editor.cleanup())

  it('shows a published card to anonymous visitors and hides its draft', async () => {
    const title = `Kort ${crypto.randomUUID()}`
    const created = await rest('POST', '/problem-cards', {
      auth: { apiKey: editor.apiKey },
      body: { title, description: richText('Beskrivelse'), _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const draftTitle = `${title} (utkast)`
    const drafted = await rest('PATCH', `/problem-cards/${id}`, {
      auth: { apiKey: editor.apiKey },
      query: { draft: 'true' },
      body: { title: draftTitle },
    })
    expect(drafted.status).toBe(200)

    const anonymous = await rest('GET', `/problem-cards/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.title).toBe(title)

    const asEditor = await rest('GET', `/problem-cards/${id}`, {
      auth: { apiKey: editor.apiKey },
      query: { draft: 'true' },
    })
    expect(asEditor.body.title).toBe(draftTitle)

    await payload.delete({ collection: 'problem-cards', id, overrideAccess: true })
  })
})
