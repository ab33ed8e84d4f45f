// Links that would run script are refused at save (rich text and link fields), as web drops them.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { linkTo, oneParagraph } from '@dk/testing/richText'

import { unsafeLinkMessage } from '../../src/hooks/refuseUnsafeLinks'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let editor: TestUser
const created: number[] = []

beforeAll(async () => {
  payload = await testPayload()
  editor = await createTestUser(payload, ['editor'])
})
afterAll(async () => {
  for (const id of created) await payload.delete({ collection: 'pages', id, overrideAccess: true })
  await editor.cleanup()
})

/** Rich text with one paragraph holding one link to `url`. */
const withLink = (url: string) => oneParagraph(linkTo(url, 'klikk'))

const pageWithLink = (url: string) =>
  rest('POST', '/pages', {
    auth: { apiKey: editor.apiKey },
    body: {
      title: 'Lenketest',
      slug: `lenke-${randomUUID().slice(0, 8)}`,
      _status: 'published',
      layout: [{ blockType: 'richTextSection', content: withLink(url) }],
    },
  })

describe('links at save', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/\\evil.example',
  ])('rich text refuses %j with a Norwegian message', async (url) => {
    const response = await pageWithLink(url)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain(unsafeLinkMessage)
  })

  it.each(['https://datakollektivet.no', '/bli-med', 'mailto:post@example.org'])(
    'rich text keeps %j',
    async (url) => {
      const response = await pageWithLink(url)
      expect(response.status).toBe(201)
      created.push(response.body.doc.id)
    },
  )

  it('a link field refuses /\\host, which browsers read as another site', async () => {
    const response = await rest('POST', '/globals/site-settings', {
      auth: { apiKey: editor.apiKey },
      query: { draft: 'false' },
      body: { navigation: [{ link: { label: 'Ut', href: '/\\evil.example' } }] },
    })
    expect(response.status).toBe(400)
    const paths = response.body.errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths).toContain('navigation.0.link.href')
  })
})
