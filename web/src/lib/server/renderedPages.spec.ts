import { describe, expect, it } from 'vitest'

import { RenderedPages, reuseOrRender, withStartTime } from './renderedPages.ts'

const html = (startedAt: string, text = 'Bygg med oss') =>
  `<h1>${text}</h1><form><input type="hidden" name="startedAt" value="${startedAt}"/></form>` +
  `<form><input type="hidden" name="startedAt" value="${startedAt}"/></form>`

function renderer(body: string, init: ResponseInit = {}) {
  let calls = 0
  const render = async () => {
    calls++
    return new Response(body, {
      status: 200,
      headers: { 'content-type': 'text/html', 'content-security-policy': "default-src 'self'" },
      ...init,
    })
  }
  return { render, calls: () => calls }
}

describe('reuseOrRender', () => {
  it('renders once per content object and serves the stored page with its headers after that', async () => {
    const pages = new RenderedPages(10)
    const content = {}
    const { render, calls } = renderer(html('1000.a'))
    const first = await reuseOrRender(pages, '/bygg-med-oss', content, render, () => '1000.a')
    expect(await first.text()).toBe(html('1000.a'))
    const second = await reuseOrRender(pages, '/bygg-med-oss', content, render, () => '9000.b')
    expect(calls()).toBe(1)
    expect(second.status).toBe(200)
    expect(second.headers.get('content-security-policy')).toBe("default-src 'self'")
    // Every form on the page counts its minimum fill time from this serve, not the rendering.
    expect(await second.text()).toBe(html('9000.b'))
  })

  it('renders again when the content changed, and keeps pages apart by path', async () => {
    const pages = new RenderedPages(10)
    const before = {}
    const after = {}
    const old = renderer(html('1.a', 'gammel'))
    const fresh = renderer(html('2.a', 'ny'))
    await reuseOrRender(pages, '/', before, old.render, () => '3.a')
    expect(
      await (await reuseOrRender(pages, '/', after, fresh.render, () => '3.a')).text(),
    ).toContain('ny')
    expect(fresh.calls()).toBe(1)
    await reuseOrRender(pages, '/om-oss', after, fresh.render, () => '3.a')
    expect(fresh.calls()).toBe(2)
  })

  it('stores only ordinary pages: not errors, redirects, other types or responses with cookies', async () => {
    for (const init of <ResponseInit[]>[
      { status: 404 },
      { status: 301, headers: { location: '/', 'content-type': 'text/html' } },
      { headers: { 'content-type': 'application/json' } },
      { headers: { 'content-type': 'text/html', 'set-cookie': 'a=b' } },
    ]) {
      const pages = new RenderedPages(10)
      const content = {}
      const { render, calls } = renderer(html('1.a'), init)
      await reuseOrRender(pages, '/x', content, render, () => '3.a')
      await reuseOrRender(pages, '/x', content, render, () => '3.a')
      expect(calls(), JSON.stringify(init)).toBe(2)
    }
  })
})

describe('RenderedPages', () => {
  it('drops the least recently used page beyond its size', () => {
    const pages = new RenderedPages(2)
    const content = {}
    const page = { source: content, body: '', headers: [] }
    pages.put('/a', page)
    pages.put('/b', page)
    pages.get('/a', content)
    pages.put('/c', page)
    expect(pages.get('/a', content)).toBe(page)
    expect(pages.get('/b', content)).toBeUndefined()
    expect(pages.get('/c', content)).toBe(page)
  })
})

it('withStartTime leaves pages without forms as they are', () => {
  expect(withStartTime('<p>value="123"</p>', '5.a')).toBe('<p>value="123"</p>')
})
