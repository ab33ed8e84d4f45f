import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, cms, cmsLogin, controlCms, publicRoutes } from './helpers.ts'

afterAll(closeBrowser)

const webPage = (path: string) => fetch(`${inject('webUrl')}${path}`)

describe('freshness and resilience', () => {
  let editorToken: string
  let adminToken: string
  let editorId: number

  beforeAll(async () => {
    const admin = inject('admin')
    adminToken = await cmsLogin(admin.email, admin.password)
    const email = `redaktor-${crypto.randomUUID()}@test.invalid`
    const password = crypto.randomUUID()
    const created = await cms('/users', adminToken, {
      method: 'POST',
      body: JSON.stringify({ email, password, roles: ['editor'] }),
    })
    editorId = created.doc.id
    editorToken = await cmsLogin(email, password)
  })

  afterAll(async () => {
    await cms(`/users/${editorId}`, adminToken, { method: 'DELETE' })
  })

  it('shows an editor’s published change on the running site within a second', async () => {
    const { docs } = await cms(
      '/problem-cards?where[title][equals]=Multi-tenancy&limit=1',
      editorToken,
    )
    const card = docs[0]
    const newTitle = `Multi-tenancy ${crypto.randomUUID().slice(0, 8)}`
    // Warm the cache first, so the test proves invalidation rather than a cold fetch.
    expect(await (await webPage('/bygg-med-oss')).text()).toContain('Multi-tenancy')

    await cms(`/problem-cards/${card.id}`, editorToken, {
      method: 'PATCH',
      body: JSON.stringify({ title: newTitle, _status: 'published' }),
    })
    // The clock starts when the edit is published, i.e. when the CMS has answered the save.
    const started = Date.now()
    let seenAfter: number | undefined
    while (Date.now() - started < 5_000) {
      if ((await (await webPage('/bygg-med-oss')).text()).includes(newTitle)) {
        seenAfter = Date.now() - started
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(seenAfter, 'the change never showed').toBeDefined()
    expect(seenAfter).toBeLessThan(1_000)

    await cms(`/problem-cards/${card.id}`, editorToken, {
      method: 'PATCH',
      body: JSON.stringify({ title: card.title, _status: 'published' }),
    })
  })

  it('keeps a draft off the public site', async () => {
    const { docs } = await cms(
      '/problem-cards?where[title][equals]=Medlemsstyring&limit=1',
      editorToken,
    )
    const draftTitle = `Utkast ${crypto.randomUUID().slice(0, 8)}`
    await cms(`/problem-cards/${docs[0].id}?draft=true`, editorToken, {
      method: 'PATCH',
      body: JSON.stringify({ title: draftTitle }),
    })
    const html = await (await webPage('/bygg-med-oss')).text()
    expect(html).toContain('Medlemsstyring')
    expect(html).not.toContain(draftTitle)
  })

  it('serves every route from its cache with 200 while the CMS is down', async () => {
    const before = new Map<string, string>()
    for (const route of publicRoutes) before.set(route, await (await webPage(route)).text())
    await controlCms('stop')
    try {
      for (const route of publicRoutes) {
        const response = await webPage(route)
        expect(response.status, route).toBe(200)
        const html = await response.text()
        const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(before.get(route)!)?.[1]
        expect(heading, route).toBeTruthy()
        expect(html).toContain(heading!)
      }
      const ready = await fetch(`${inject('webUrl')}/readyz`)
      expect(ready.status).toBe(503)
    } finally {
      await controlCms('start')
    }
    expect((await fetch(`${inject('webUrl')}/readyz`)).status).toBe(200)
  })
})
