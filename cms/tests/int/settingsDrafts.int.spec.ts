// The site settings behave like content (issue 20): an editor's change is a draft, seen in the live
// preview and by editors only, until it is published. Visitors and web's service user read the
// published settings whatever they ask for. Other test files share the settings: this one changes
// only the footer text, and puts the published one back.
import { randomUUID } from 'node:crypto'

import { signPreviewToken } from '@dk/shared'
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { up as publishSettings } from '../../src/migrations/20261202_131433_publish_settings'
import { previewSecret } from '../../src/preview/secret'
import { siteSettings } from '../../src/seed/content/siteSettings'
import { testPayload } from '../helpers/payload'
import { rest, type Credentials } from '../helpers/rest'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let editor: TestUser
let service: TestUser
let pageId: number
let publishedFooter: string | null | undefined
const slug = `innstillinger-${randomUUID().slice(0, 8)}`
const draftFooter = `Ny bunntekst ${randomUUID()}`

beforeAll(async () => {
  payload = await testPayload()
  ;[editor, service] = await Promise.all([
    createTestUser(payload, ['editor']),
    createTestUser(payload, ['service']),
  ])
  const current = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  if (!current.siteName) {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { ...siteSettings, _status: 'published' },
      overrideAccess: true,
    })
  }
  publishedFooter = (await payload.findGlobal({ slug: 'site-settings', overrideAccess: true }))
    .footerText
  const page = await payload.create({
    collection: 'pages',
    data: {
      title: 'Innstillinger i forhåndsvisning',
      slug,
      _status: 'published',
      layout: [{ blockType: 'hero', heading: 'Publisert' }],
    },
    overrideAccess: true,
  })
  pageId = page.id
})

afterAll(async () => {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { footerText: publishedFooter, _status: 'published' },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'pages', id: pageId, overrideAccess: true })
  await Promise.all([editor.cleanup(), service.cleanup()])
})

const footerOf = (body: { footerText?: unknown } | undefined) => body?.footerText

/** Every way a visitor or web reads the settings, drafts asked for or not. */
async function publicReads(): Promise<unknown[]> {
  const reads: [string, Credentials, Record<string, string>?][] = [
    ['/globals/site-settings', undefined],
    ['/globals/site-settings', undefined, { draft: 'true' }],
    ['/globals/site-settings', { apiKey: service.apiKey }],
    ['/globals/site-settings', { apiKey: service.apiKey }, { draft: 'true' }],
  ]
  const globals = await Promise.all(
    reads.map(([path, auth, query]) => rest('GET', path, { auth, query })),
  )
  // web's page view: the settings come with the page.
  const views = await Promise.all(
    [undefined, { draft: 'true' }].map((query) =>
      rest('GET', `/pages/view/${slug}`, { auth: { apiKey: service.apiKey }, query }),
    ),
  )
  for (const response of [...globals, ...views]) expect(response.status).toBe(200)
  return [...globals.map((r) => footerOf(r.body)), ...views.map((r) => footerOf(r.body.settings))]
}

describe('site settings drafts', () => {
  it('keep a draft from visitors and web, show it in the preview, and publish it', async () => {
    const editorAuth = { apiKey: editor.apiKey }
    const saved = await rest('POST', '/globals/site-settings', {
      auth: editorAuth,
      query: { draft: 'true', autosave: 'true' },
      body: { footerText: draftFooter },
    })
    expect(saved.status).toBe(200)

    // Visitors and web's service user still read the published settings, however they ask.
    for (const footer of await publicReads()) expect(footer).toBe(publishedFooter)

    // The editor sees the draft when asking for it.
    const own = await rest('GET', '/globals/site-settings', {
      auth: editorAuth,
      query: { draft: 'true' },
    })
    expect(footerOf(own.body)).toBe(draftFooter)

    // The settings' own preview: this published page with the draft settings.
    const settingsToken = await signPreviewToken(previewSecret(), 'site-settings', pageId)
    const preview = await rest('GET', `/preview/site-settings/${pageId}`, {
      query: { token: settingsToken },
    })
    expect(preview.status).toBe(200)
    expect(preview.headers.get('cache-control')).toBe('no-store, private')
    expect(preview.body.page.slug).toBe(slug)
    expect(footerOf(preview.body.settings)).toBe(draftFooter)
    // A page's preview shows the settings' draft too: the page as it will look.
    const pagePreview = await rest('GET', `/preview/pages/${pageId}`, {
      query: { token: await signPreviewToken(previewSecret(), 'pages', pageId) },
    })
    expect(footerOf(pagePreview.body.settings)).toBe(draftFooter)
    // A settings token opens only the page it was minted for.
    const borrowed = await rest('GET', `/preview/site-settings/${pageId + 1}`, {
      query: { token: settingsToken },
    })
    expect(borrowed.status).toBe(403)

    // Publishing (the admin's button sends the status) makes it public.
    const published = await rest('POST', '/globals/site-settings', {
      auth: editorAuth,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    for (const footer of await publicReads()) expect(footer).toBe(draftFooter)
  })

  it("a save that names no status publishes, whatever the latest draft's status", async () => {
    await rest('POST', '/globals/site-settings', {
      auth: { apiKey: editor.apiKey },
      query: { draft: 'true' },
      body: { footerText: `${draftFooter} (utkast)` },
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { footerText: draftFooter },
      overrideAccess: true,
    })
    for (const footer of await publicReads()) expect(footer).toBe(draftFooter)
  })

  it("refuses Payload's draft restore, which would overwrite the published settings", async () => {
    const { docs } = await payload.findGlobalVersions({
      slug: 'site-settings',
      sort: 'createdAt',
      limit: 1,
      overrideAccess: true,
    })
    const response = await rest('POST', `/globals/site-settings/versions/${docs[0]!.id}`, {
      auth: { apiKey: editor.apiKey },
      query: { draft: 'true' },
    })
    expect(response.status).toBe(400)
    for (const footer of await publicReads()) expect(footer).toBe(draftFooter)
  })

  it('the admin links the settings to the front page preview, for editors only', async () => {
    const globalConfig = payload.globals.config.find((g) => g.slug === 'site-settings')
    const url = globalConfig?.admin.livePreview?.url
    if (typeof url !== 'function') throw new Error('no live preview url function')
    const urlFor = (user: TestUser['user'] | null) =>
      (url as (args: unknown) => Promise<string | null>)({
        data: {},
        req: { user, payload } as unknown as PayloadRequest,
        locale: { code: 'nb', label: 'Norsk' },
        globalConfig,
        payload,
      })
    const link = new URL(String(await urlFor(editor.user)))
    expect(link.pathname).toMatch(/^\/forhandsvisning\/site-settings\/\d+$/)
    const response = await rest('GET', link.pathname.replace('/forhandsvisning', '/preview'), {
      query: { token: link.searchParams.get('token')! },
    })
    expect(response.status).toBe(200)
    expect(await urlFor(service.user)).toBeNull()
  })
})

describe('the migration that gave the settings drafts', () => {
  it('makes the stored settings and their whole history published, the newest latest', async () => {
    const db = payload.db.drizzle
    // In a transaction that is rolled back: the other test files never see the settings as
    // they were before the migration.
    const rollback = new Error('rollback')
    const transaction = db.transaction.bind(db) as unknown as (
      run: (tx: { execute: (query: string) => Promise<{ rows: unknown[] }> }) => Promise<never>,
    ) => Promise<never>
    const seen = await transaction(async (tx) => {
      // As the schema migration left them: every row a draft, nothing latest.
      await tx.execute(`UPDATE site_settings SET _status = 'draft'`)
      await tx.execute(
        `UPDATE _site_settings_v SET version__status = 'draft', latest = NULL, autosave = NULL`,
      )
      await publishSettings({ db: tx, payload, req: {} } as never)
      const main = await tx.execute(`SELECT _status FROM site_settings`)
      const versions = await tx.execute(
        `SELECT version__status AS status, latest FROM _site_settings_v ORDER BY updated_at DESC, id DESC`,
      )
      throw Object.assign(rollback, { main: main.rows, versions: versions.rows })
    }).catch((error: unknown) => {
      if (error !== rollback) throw error
      return rollback as unknown as { main: { _status: string }[]; versions: Row[] }
    })
    type Row = { status: string; latest: boolean }
    expect(seen.main.map((row) => row._status)).toEqual(['published'])
    expect(seen.versions.length).toBeGreaterThan(0)
    expect(seen.versions.every((row) => row.status === 'published')).toBe(true)
    expect(seen.versions.map((row) => row.latest)).toEqual(
      seen.versions.map((_, index) => index === 0),
    )
  })
})
