// A forged Host (or X-Forwarded-Host, which web trusts from its proxy) must never reach the HTML,
// sitemap or robots.txt another visitor gets: absolute URLs come from WEB_PUBLIC_URL only, and a
// page rendered for another origin is never kept for the next visitor (hooks.server.ts).
import { request } from 'node:http'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { cms, cmsLogin } from './helpers.ts'

const forgedHost = 'evil.example'

/** A GET with headers fetch() will not send as given (Host). */
function get(path: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, inject('webUrl')), { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      response.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

const forged = (path: string) =>
  get(path, { Host: forgedHost, 'X-Forwarded-Host': forgedHost, 'X-Forwarded-Proto': 'https' })

describe('the public origin comes from configuration, not from the request', () => {
  let adminToken: string
  let card: { id: number; title: string }

  beforeAll(async () => {
    const admin = inject('admin')
    adminToken = await cmsLogin(admin.email, admin.password)
    const { docs } = await cms(
      '/problem-cards?where[title][equals]=Multi-tenancy&limit=1',
      adminToken,
    )
    card = docs[0]
  })
  afterAll(async () => {
    await cms(`/problem-cards/${card.id}`, adminToken, {
      method: 'PATCH',
      body: JSON.stringify({ title: card.title, _status: 'published' }),
    })
  })

  it('does not keep a page rendered for a forged host right after a content change', async () => {
    const webOrigin = new URL(inject('webUrl')).origin
    // Kept before the change, so the forged request below is the first rendering after it.
    expect(await get('/bygg-med-oss')).toContain(
      `<link rel="canonical" href="${webOrigin}/bygg-med-oss"`,
    )

    const newTitle = `Multi-tenancy ${crypto.randomUUID().slice(0, 8)}`
    await cms(`/problem-cards/${card.id}`, adminToken, {
      method: 'PATCH',
      body: JSON.stringify({ title: newTitle, _status: 'published' }),
    })
    // Only forged requests until the change shows: the first page with it was rendered for one.
    const deadline = Date.now() + 20_000
    let html = ''
    while (!html.includes(newTitle) && Date.now() < deadline) {
      html = await forged('/bygg-med-oss')
      if (!html.includes(newTitle)) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(html, 'the published change did not reach the site').toContain(newTitle)
    expect(html).not.toContain(forgedHost)

    const next = await get('/bygg-med-oss')
    expect(next).toContain(newTitle)
    expect(next).not.toContain(forgedHost)
    expect(next).toContain(`<meta property="og:url" content="${webOrigin}/bygg-med-oss"`)
  })

  it('writes the sitemap and robots.txt with the public origin whatever the Host says', async () => {
    const sitemap = await forged('/sitemap.xml')
    expect(sitemap).toContain(`<loc>${new URL(inject('webUrl')).origin}/bygg-med-oss</loc>`)
    expect(sitemap).not.toContain(forgedHost)
    const robots = await forged('/robots.txt')
    expect(robots).toContain(`Sitemap: ${new URL(inject('webUrl')).origin}/sitemap.xml`)
    expect(robots).not.toContain(forgedHost)
  })
})
