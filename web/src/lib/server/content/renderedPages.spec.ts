import { describe, expect, it } from 'vitest'

import {
  maxRevalidateAgeMs,
  RenderedPages,
  reuseOrRender,
  startTimeSlots,
  startTimeStepMs,
  type Visit,
  withStartTime,
} from './renderedPages.ts'

const html = (startedAt: string, text = 'Bygg med oss') =>
  `<h1>${text}</h1><form><input type="hidden" name="startedAt" value="${startedAt}"/></form>` +
  `<form><input type="hidden" name="startedAt" value="${startedAt}"/></form>`

const visit = (startedAt: string, ifNoneMatch: string | null = null, now = 1_000): Visit => ({
  now,
  startedAt: () => startedAt,
  ifNoneMatch,
})

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
    const first = await reuseOrRender(pages, '/bygg-med-oss', content, render, visit('1000.a'))
    expect(await first.text()).toBe(html('1000.a'))
    const second = await reuseOrRender(
      pages,
      '/bygg-med-oss',
      content,
      render,
      visit('9000.b', null, 9_000),
    )
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
    await reuseOrRender(pages, '/', before, old.render, visit('3.a'))
    expect(
      await (await reuseOrRender(pages, '/', after, fresh.render, visit('3.a'))).text(),
    ).toContain('ny')
    expect(fresh.calls()).toBe(1)
    await reuseOrRender(pages, '/om-oss', after, fresh.render, visit('3.a'))
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
      await reuseOrRender(pages, '/x', content, render, visit('3.a'))
      await reuseOrRender(pages, '/x', content, render, visit('3.a'))
      expect(calls(), JSON.stringify(init)).toBe(2)
    }
  })
})

describe('start times', () => {
  it('signs one start time per step, at its start, and gives the visits of a step the same bytes', async () => {
    const pages = new RenderedPages(10)
    const content = {}
    const { render } = renderer(html('x'))
    const signed: number[] = []
    const at = (now: number): Visit => ({
      now,
      startedAt: (time) => (signed.push(time), `${time}.s`),
      ifNoneMatch: null,
    })
    const path = '/bygg-med-oss'
    const first = await reuseOrRender(pages, path, content, render, at(5_250))
    const same = await reuseOrRender(pages, path, content, render, at(5_999))
    const next = await reuseOrRender(pages, path, content, render, at(6_000))
    // Never later than the visit: the fill time is never counted short.
    expect(await first.text()).toBe(html(`${5_000}.s`))
    expect(await same.text()).toBe(html(`${5_000}.s`))
    expect(same.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(await next.text()).toBe(html(`${6_000}.s`))
    expect(signed).toEqual([5_000, 6_000])
    expect(startTimeStepMs).toBeLessThanOrEqual(1_000)
  })
})

describe('ETag and 304', () => {
  const path = '/bygg-med-oss'

  it('tags a page weakly by its content and serve time, and answers 304 to that tag', async () => {
    const pages = new RenderedPages(10)
    const content = {}
    const { render } = renderer(html('1.a'))
    const first = await reuseOrRender(pages, path, content, render, visit('1.a', null, 5_000))
    const tag = first.headers.get('etag')
    expect(tag).toMatch(/^W\/"[\w-]+\.[0-9a-z]+"$/)
    // Another visit, another start time in the bytes: same page version, so the same tag core.
    const second = await reuseOrRender(pages, path, content, render, visit('2.b', null, 6_000))
    expect(second.headers.get('etag')?.split('.')[0]).toBe(tag?.split('.')[0])

    const revalidated = await reuseOrRender(pages, path, content, render, visit('3.c', tag, 7_000))
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    // The browser's copy keeps the start time its tag dates, so the tag must stay the same.
    expect(revalidated.headers.get('etag')).toBe(tag)
    // Among several tags, and without the weak prefix, as browsers and proxies may send it.
    const listed = `"other.1", ${tag?.slice(2)}`
    expect(
      (await reuseOrRender(pages, path, content, render, visit('4', listed, 8_000))).status,
    ).toBe(304)
  })

  it('answers in full when the content changed, the tag is unknown, or the copy is too old to fill in', async () => {
    const pages = new RenderedPages(10)
    const before = {}
    const tag = (
      await reuseOrRender(pages, path, before, renderer(html('1.a')).render, visit('1.a'))
    ).headers.get('etag')
    const fresh = renderer(html('1.a', 'ny'))
    const changed = await reuseOrRender(pages, path, {}, fresh.render, visit('2.b', tag, 2_000))
    expect(changed.status).toBe(200)
    expect(await changed.text()).toContain('ny')
    expect(changed.headers.get('etag')).not.toBe(tag)

    const pages2 = new RenderedPages(10)
    const content = {}
    const { render } = renderer(html('1.a'))
    const served = await reuseOrRender(pages2, path, content, render, visit('1.a', null, 1_000))
    const held = served.headers.get('etag') ?? ''
    for (const [ifNoneMatch, now] of <[string, number][]>[
      ['"unknown.1"', 2_000],
      [held, 1_000 + maxRevalidateAgeMs + 1],
      [held, 999],
    ]) {
      const answer = await reuseOrRender(
        pages2,
        path,
        content,
        render,
        visit('5.e', ifNoneMatch, now),
      )
      expect(answer.status, ifNoneMatch).toBe(200)
      expect(await answer.text()).toBe(html('5.e'))
    }
  })
})

describe('RenderedPages', () => {
  it('drops the least recently used page beyond its size', () => {
    const pages = new RenderedPages(2)
    const content = {}
    const page = { source: content, body: '', headers: [], version: 'v', slots: [''] }
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

it('cuts a page once at its start times: joined with one, it is the page with that start time', () => {
  const startTime = /(name="startedAt" value=")[\w.-]*(")/g
  for (const body of [
    html('1000.a'),
    html(''),
    '<p>no form</p>',
    '<input name="startedAt" value="9.x-y"/>',
    '<input name="startedAt" value="1.a"/>$1 $& tail',
  ]) {
    const slots = startTimeSlots(body)
    expect(slots).toHaveLength([...body.matchAll(startTime)].length + 1)
    expect(slots.join('77.sig')).toBe(body.replace(startTime, '$177.sig$2'))
  }
})
