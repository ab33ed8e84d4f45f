import { describe, expect, it } from 'vitest'

import { cms, editorSession, pageHeaders, webPage, withoutStartTimes } from './helpers.ts'

// Kept pages are answered by server.js before SvelteKit (src/lib/server/content/keptPagesDoor.ts). These
// tests hold that answer to a render's: the same bytes and headers, never old content, and
// revalidation that cannot hand a browser a form start time too old to be accepted.

describe('kept pages', () => {
  it('answers a kept page byte for byte as a fresh render, apart from the forms’ start time', async () => {
    for (const path of ['/', '/bygg-med-oss']) {
      await (await webPage(path)).text()
      const kept = await webPage(path)
      const keptHtml = await kept.text()
      // A query string is never answered from the kept pages: this one is rendered now.
      const rendered = await webPage(`${path}?gjengitt-na`)
      const renderedHtml = await rendered.text()
      expect(kept.status).toBe(200)
      expect(rendered.status).toBe(200)
      expect(withoutStartTimes(keptHtml)).toBe(withoutStartTimes(renderedHtml))
      expect(pageHeaders(kept)).toEqual(pageHeaders(rendered))
      expect(kept.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(kept.headers.get('cache-control')).toBe('no-cache')
      expect(kept.headers.get('x-frame-options')).toBe('DENY')
    }
    // Each visit gets a start time signed when it is served (not when it was rendered), at the
    // start of its second (startTimeStepMs in renderedPages.ts): the visits of one second share it.
    const servedFrom = Date.now() - 1_000
    const kept = await (await webPage('/bygg-med-oss')).text()
    const times = [...kept.matchAll(/name="startedAt" value="(\d+)\.[\w-]+"/g)]
    expect(times.length).toBeGreaterThan(0)
    for (const [, at] of times) expect(Number(at)).toBeGreaterThanOrEqual(servedFrom)
  })

  it('tags a page weakly per content version and answers 304 to the tag the browser holds', async () => {
    await webPage('/bygg-med-oss')
    const served = await webPage('/bygg-med-oss')
    const tag = served.headers.get('etag') ?? ''
    // Weak: the bytes differ per visit (the start time); the page is the same.
    expect(tag).toMatch(/^W\/"[\w-]+\.[0-9a-z]+"$/)
    const other = (await webPage('/om-oss')).headers.get('etag') ?? ''
    expect(other.split('.')[0]).not.toBe(tag.split('.')[0])

    const revalidated = await webPage('/bygg-med-oss', { 'If-None-Match': tag })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    // The copy keeps its own tag (and the start time that tag dates), and is asked about again.
    expect(revalidated.headers.get('etag')).toBe(tag)
    expect(revalidated.headers.get('cache-control')).toBe('no-cache')

    // Another page's tag, or a made-up one, gets the page.
    for (const wrong of [other, 'W/"unknown.1"']) {
      const full = await webPage('/bygg-med-oss', { 'If-None-Match': wrong })
      expect(full.status).toBe(200)
      expect(await full.text()).toContain('<form')
    }
  })

  describe('after an edit', () => {
    const session = editorSession()

    it('never serves the old page from the kept path once the change has arrived', async () => {
      const { docs } = await cms(
        '/problem-cards?where[title][equals]=Multi-tenancy&limit=1',
        session.editorToken,
      )
      const card = docs[0]
      const newTitle = `Multi-tenancy ${crypto.randomUUID().slice(0, 8)}`
      // Kept before the edit: the second visit is answered from the kept rendering.
      await webPage('/bygg-med-oss')
      const before = await webPage('/bygg-med-oss')
      const oldTag = before.headers.get('etag') ?? ''
      expect(await before.text()).toContain('Multi-tenancy')

      try {
        await cms(`/problem-cards/${card.id}`, session.editorToken, {
          method: 'PATCH',
          body: JSON.stringify({ title: newTitle, _status: 'published' }),
        })
        // The CMS announces the change after its transaction; from the first answer that shows
        // it, every answer does, and the browser's old copy is no longer confirmed.
        const deadline = Date.now() + 20_000
        let shown = false
        while (!shown && Date.now() < deadline) {
          shown = (await (await webPage('/bygg-med-oss')).text()).includes(newTitle)
          if (!shown) await new Promise((resolve) => setTimeout(resolve, 50))
        }
        expect(shown, 'the published change did not reach the site').toBe(true)
        for (let visit = 0; visit < 5; visit++) {
          const after = await webPage('/bygg-med-oss', { 'If-None-Match': oldTag })
          expect(after.status).toBe(200)
          expect(after.headers.get('etag')?.split('.')[0]).not.toBe(oldTag.split('.')[0])
          expect(await after.text()).toContain(newTitle)
        }
      } finally {
        await cms(`/problem-cards/${card.id}`, session.editorToken, {
          method: 'PATCH',
          body: JSON.stringify({ title: card.title, _status: 'published' }),
        })
      }
    })
  })

  it('serves the form script under a content-hashed address, cached for good', async () => {
    const html = await (await webPage('/bygg-med-oss')).text()
    const src = /<script src="([^"]+)" defer/.exec(html)?.[1] ?? ''
    expect(src).toMatch(/^\/_app\/immutable\/assets\/signup-form\.[\w-]+\.js$/)
    const script = await webPage(src)
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toContain('javascript')
    expect(script.headers.get('cache-control')).toBe('public,max-age=31536000,immutable')
    expect(await script.text()).toContain('data-signup-form')
  })
})
