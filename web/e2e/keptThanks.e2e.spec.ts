import { beforeAll, describe, expect, inject, it } from 'vitest'

import {
  cms,
  cmsLogin,
  editorSession,
  pageHeaders,
  showsWithin,
  webPage,
  withoutStartTimes,
} from './helpers.ts'

// The thank-you after a sign-up is answered from its kept rendering (hooks.server.ts), like the
// kept pages: the same bytes and headers as a render, never old content, and the action run once
// per post whichever way the answer is made. This file posts the form 9 times (the stack allows
// 100 per address in ten minutes, shared with the other files).

/** The page's signed start time, once a person could have filled in the form (3 s). */
async function startedAt(path: string): Promise<string> {
  const value = /name="startedAt" value="([^"]+)"/.exec(await (await webPage(path)).text())?.[1]
  if (!value) throw new Error(`no form start time on ${path}`)
  const waitMs = Number(value.split('.')[0]) + 3_100 - Date.now()
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs))
  return value
}

/** A sign-up as a browser without JavaScript posts it (the form's script asks for HTML too). */
function signUp(
  action: string,
  fields: { email: string; startedAt: string },
  accept = 'text/html',
  origin = inject('webUrl'),
) {
  const webUrl = inject('webUrl')
  const body = new URLSearchParams({
    name: 'Kari Nordmann',
    message: 'Jeg kan Ansible.',
    website: '',
    ...fields,
  })
  body.append('interests', 'drift')
  return fetch(`${webUrl}${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept, origin },
    body,
    redirect: 'manual',
  })
}

const newEmail = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}@example.org`
const weakTag = /^W\/"[\w-]+\.[0-9a-z]+"$/
const version = (response: Response) => response.headers.get('etag')?.split('.')[0]

describe('the kept thank-you', () => {
  let adminToken: string
  beforeAll(async () => {
    adminToken = await cmsLogin(inject('admin').email, inject('admin').password)
  })

  /** Each post is stored exactly once, however its answer was made. */
  async function storedOnce(email: string) {
    const stored = async () =>
      (
        await cms(
          `/form-submissions?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
          adminToken,
        )
      ).docs.length
    await expect.poll(stored, { timeout: 30_000, interval: 200 }).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await stored()).toBe(1)
  }

  it('answers byte for byte as a fresh render, apart from the per-visit fields, and stores each sign-up once', async () => {
    const path = '/bygg-med-oss'
    const time = await startedAt(path)
    const emails = [newEmail('kept-a'), newEmail('kept-b'), newEmail('fresh')]
    // The first thank-you of this content is rendered (and kept), the next one served from it.
    const first = await signUp(`${path}?/signup`, { email: emails[0]!, startedAt: time })
    await first.text()
    const kept = await signUp(`${path}?/signup`, { email: emails[1]!, startedAt: time })
    const keptHtml = await kept.text()
    // Another query string is never answered from the kept thank-you: SvelteKit renders this one.
    const rendered = await signUp(`${path}?/signup&gjengitt-na`, {
      email: emails[2]!,
      startedAt: time,
    })
    const renderedHtml = await rendered.text()

    for (const response of [first, kept, rendered]) expect(response.status).toBe(200)
    expect(keptHtml).toContain('data-signup-success')
    expect(keptHtml).toContain('Takk for at du tok kontakt')
    expect(withoutStartTimes(keptHtml)).toBe(withoutStartTimes(renderedHtml))
    expect(pageHeaders(kept)).toEqual(pageHeaders(rendered))
    expect(kept.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(kept.headers.get('cache-control')).toBe('no-cache')
    expect(kept.headers.get('x-frame-options')).toBe('DENY')
    // Tagged like the kept pages: weakly, per content version, the same for every thank-you.
    expect(kept.headers.get('etag')).toMatch(weakTag)
    expect(version(kept)).toBe(version(first))

    for (const email of emails) await storedOnce(email)
  })

  it('refuses a post from another site before the action runs, and stores nothing of it', async () => {
    // The hook runs the action itself now; SvelteKit's origin check must still come first.
    const path = '/bygg-med-oss'
    const time = await startedAt(path)
    const forged = newEmail('forged')
    const crossSite = await signUp(
      `${path}?/signup`,
      { email: forged, startedAt: time },
      'text/html',
      'https://angriper.example',
    )
    expect(crossSite.status).toBe(403)
    expect(await crossSite.text()).not.toContain('data-signup-success')
    // A real sign-up after it goes the same way to the CMS: once that one is stored, the forged
    // one would be too, had it been taken.
    const real = newEmail('real')
    expect((await signUp(`${path}?/signup`, { email: real, startedAt: time })).status).toBe(200)
    await storedOnce(real)
    const { docs } = await cms(
      `/form-submissions?where[email][equals]=${encodeURIComponent(forged)}&depth=0`,
      adminToken,
    )
    expect(docs).toHaveLength(0)
  })

  it('leaves the answer to a script asking for JSON (use:enhance) to SvelteKit', async () => {
    const path = '/bygg-med-oss'
    const email = newEmail('json')
    const answer = await signUp(
      `${path}?/signup`,
      { email, startedAt: await startedAt(path) },
      'application/json',
    )
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toContain('application/json')
    expect(await answer.json()).toMatchObject({ type: 'success', status: 200 })
    await storedOnce(email)
  })

  describe('after an edit', () => {
    const session = editorSession()

    it('never answers with the old thank-you once the change has arrived', async () => {
      const path = '/bygg-med-oss'
      const { docs } = await cms(
        '/problem-cards?where[title][equals]=Multi-tenancy&limit=1',
        session.editorToken,
      )
      const card = docs[0]
      const newTitle = `Multi-tenancy ${crypto.randomUUID().slice(0, 8)}`
      const time = await startedAt(path)
      const before = await signUp(`${path}?/signup`, { email: newEmail('before'), startedAt: time })
      expect(await before.text()).toContain('Multi-tenancy')

      try {
        await cms(`/problem-cards/${card.id}`, session.editorToken, {
          method: 'PATCH',
          body: JSON.stringify({ title: newTitle, _status: 'published' }),
        })
        expect(
          await showsWithin(path, newTitle),
          'the published change did not reach the site',
        ).toBe(true)
        // The page shows it, so the next thank-you does too, and every one after it.
        for (const name of ['after-a', 'after-b']) {
          const after = await signUp(`${path}?/signup`, { email: newEmail(name), startedAt: time })
          expect(after.status).toBe(200)
          const html = await after.text()
          expect(html).toContain('data-signup-success')
          expect(html).toContain(newTitle)
          expect(after.headers.get('etag')).toMatch(weakTag)
          expect(version(after)).not.toBe(version(before))
        }
      } finally {
        await cms(`/problem-cards/${card.id}`, session.editorToken, {
          method: 'PATCH',
          body: JSON.stringify({ title: card.title, _status: 'published' }),
        })
      }
    })
  })
})
