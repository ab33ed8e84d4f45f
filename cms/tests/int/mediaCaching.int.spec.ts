// Uploaded images get a cache lifetime and validators (issue 16): GET /api/media/file/<name>, as
// the REST route serves it, says how long to keep the image and answers 304 to a copy still
// current. Not `immutable`: Payload can write new bytes under a URL it served before.
import { readFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'

import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mediaCacheControl, withMediaCaching } from '../../src/collections/Media/fileCaching'
import { env } from '../../src/env'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTestUser, type TestUser } from '../helpers/users'

const get = withMediaCaching(REST_GET(config), env.MEDIA_DIR)
const drawing = await readFile(
  new URL('../../src/seed/images/verktoy-i-drift.png', import.meta.url),
)

let payload: Payload
let editor: TestUser
let image: { id: number; url: string; filename: string; sizes: { og: { url: string } } }

beforeAll(async () => {
  payload = await testPayload()
  editor = await createTestUser(payload, ['editor'])
  const response = await upload('POST', '/media', `bilde-${randomUUID()}.png`)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  image = response.body.doc
})

afterAll(async () => {
  if (image) await payload.delete({ collection: 'media', id: image.id, overrideAccess: true })
  await editor.cleanup()
})

function upload(method: 'POST' | 'PATCH', path: string, name: string) {
  const form = new FormData()
  form.append('file', new Blob([drawing], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: 'En tegning' }))
  return rest(method, path, { auth: { apiKey: editor.apiKey }, body: form })
}

/** A visitor's GET of a file URL (no login), through the REST route's handler. */
function fetchFile(url: string, headers: Record<string, string> = {}) {
  const { pathname } = new URL(url, 'http://localhost')
  const slug = pathname.replace(/^\/api\//, '').split('/')
  return get(new Request(`http://localhost${pathname}`, { headers }), {
    params: Promise.resolve({ slug }),
  })
}

describe('uploaded images over HTTP', () => {
  it('come with a revalidating lifetime, an ETag and Last-Modified, the original and its sizes', async () => {
    expect(mediaCacheControl).not.toContain('immutable')
    for (const url of [image.url, image.sizes.og.url]) {
      const response = await fetchFile(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('public, max-age=600')
      expect(response.headers.get('etag')).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/)
      expect(Date.parse(response.headers.get('last-modified') ?? '')).not.toBeNaN()
      expect(response.headers.get('content-type')).toBe('image/webp')
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0)
    }
  })

  it('answer 304 without a body to a copy that is still current', async () => {
    const first = await fetchFile(image.url)
    await first.arrayBuffer()
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!

    const byTag = await fetchFile(image.url, { 'If-None-Match': etag })
    expect(byTag.status).toBe(304)
    expect(byTag.headers.get('etag')).toBe(etag)
    expect(byTag.headers.get('cache-control')).toBe('public, max-age=600')
    expect(await byTag.text()).toBe('')

    const byDate = await fetchFile(image.url, { 'If-Modified-Since': lastModified })
    expect(byDate.status).toBe(304)

    const otherTag = await fetchFile(image.url, { 'If-None-Match': 'W/"0-0"' })
    expect(otherTag.status).toBe(200)
    expect((await otherTag.arrayBuffer()).byteLength).toBeGreaterThan(0)
  })

  it('leave a missing file as Payload answers it, without a lifetime', async () => {
    const response = await fetchFile('/api/media/file/finnes-ikke.webp')
    expect(response.status).not.toBe(200)
    expect(response.headers.get('cache-control') ?? '').not.toContain('max-age=600')
  })

  // Why not `immutable`: a new focal point (or crop) is written over the same file names.
  it('keep their URL but are written anew when the editor moves the focal point', async () => {
    const before = await fetchFile(image.sizes.og.url)
    await before.arrayBuffer()
    // As the admin's focal point tool sends it.
    const moved = await rest('PATCH', `/media/${image.id}`, {
      auth: { apiKey: editor.apiKey },
      query: { 'uploadEdits[focalPoint][x]': '10', 'uploadEdits[focalPoint][y]': '90' },
      body: { alt: 'En tegning' },
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.doc.sizes.og.url).toBe(image.sizes.og.url)
    const after = await fetchFile(image.sizes.og.url)
    await after.arrayBuffer()
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    const stale = await fetchFile(image.sizes.og.url, {
      'If-None-Match': before.headers.get('etag')!,
    })
    expect(stale.status).toBe(200)
    await stale.arrayBuffer()
  })

  it('get a new URL when the editor replaces the file under the same image', async () => {
    const replaced = await upload(
      'PATCH',
      `/media/${image.id}`,
      image.filename.replace(/\.webp$/, '.png'),
    )
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200)
    expect(replaced.body.doc.url).not.toBe(image.url)
    image = replaced.body.doc
  })
})
