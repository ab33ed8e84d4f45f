import { afterAll, describe, expect, inject, it } from 'vitest'

import {
  closeBrowser,
  cms,
  controlCms,
  publicRoutes,
  editorSession,
  showsWithin,
  webPage,
} from './helpers.ts'

afterAll(closeBrowser)

describe('freshness and resilience', () => {
  const session = editorSession()

  // How fast is the bench's job (edit-to-live p95 ≤ 500 ms in scripts/bench.budgets.ts); this test
  // proves the path: the change arrives pushed by the CMS, long before web's own refresh of entries
  // older than a minute could have fetched it.
  it('shows an editor’s published change on the running site without waiting for a refresh', async () => {
    const { docs } = await cms(
      '/problem-cards?where[title][equals]=Multi-tenancy&limit=1',
      session.editorToken,
    )
    const card = docs[0]
    const newTitle = `Multi-tenancy ${crypto.randomUUID().slice(0, 8)}`
    // Warm the cache first, so the test proves invalidation rather than a cold fetch.
    expect(await (await webPage('/bygg-med-oss')).text()).toContain('Multi-tenancy')

    await cms(`/problem-cards/${card.id}`, session.editorToken, {
      method: 'PATCH',
      body: JSON.stringify({ title: newTitle, _status: 'published' }),
    })
    expect(
      await showsWithin('/bygg-med-oss', newTitle),
      'the published change did not reach the site',
    ).toBe(true)

    await cms(`/problem-cards/${card.id}`, session.editorToken, {
      method: 'PATCH',
      body: JSON.stringify({ title: card.title, _status: 'published' }),
    })
  })

  it('keeps a draft off the public site', async () => {
    const { docs } = await cms(
      '/problem-cards?where[title][equals]=Medlemsstyring&limit=1',
      session.editorToken,
    )
    const draftTitle = `Utkast ${crypto.randomUUID().slice(0, 8)}`
    await cms(`/problem-cards/${docs[0].id}?draft=true`, session.editorToken, {
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
