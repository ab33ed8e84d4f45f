// The editor's live preview, end to end: the Payload admin (cms) shows web's real page for a draft
// in a frame, and the frame follows the editor's typing without anyone pressing save or publish.
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { dataDir, repoRoot } from '@dk/testing/paths'
import { oneParagraph } from '@dk/testing/richText'

import { closeBrowser, cms, cmsLogin, openPage } from './helpers.ts'

afterAll(closeBrowser)

// The committed screenshots are retaken only on request (UPDATE_SCREENSHOTS=1), so a test run never
// changes tracked files; otherwise they land beside the test results for a look.
const screenshot = (name: string) =>
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(repoRoot, 'docs', 'screenshots', name)
    : join(dataDir, 'test-results', 'screenshots', name)
const screenshotPath = screenshot('live-preview.png')
const scheduleScreenshotPath = screenshot('admin-schedule-publish.png')

describe('live preview', () => {
  let adminToken: string
  let card: { id: number; title: string }
  let previewUrl: string | null = null

  beforeAll(async () => {
    const admin = inject('admin')
    adminToken = await cmsLogin(admin.email, admin.password)
    const created = await cms('/problem-cards', adminToken, {
      method: 'POST',
      body: JSON.stringify({
        title: 'Forhåndsvisningskort',
        description: oneParagraph('Et kort for testen.'),
        _status: 'published',
      }),
    })
    card = created.doc
  })

  afterAll(async () => {
    if (card) await cms(`/problem-cards/${card.id}`, adminToken, { method: 'DELETE' })
  })

  it('shows what the editor types in the real page beside the form, before it is published', async () => {
    const admin = inject('admin')
    const page = await openPage(`${inject('cmsUrl')}/admin/login`, {
      viewport: { width: 1600, height: 900 },
    })
    await page.locator('#field-email').fill(admin.email)
    await page.locator('#field-password').fill(admin.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))

    await page.goto(`${inject('cmsUrl')}/admin/collections/problem-cards/${card.id}`)
    await page.locator('#live-preview-toggler').click()
    const iframe = page.locator('#live-preview-iframe')
    const preview = page.frameLocator('#live-preview-iframe')
    await preview.getByText(card.title, { exact: true }).waitFor()
    previewUrl = await iframe.getAttribute('src')
    expect(previewUrl).toMatch(new RegExp(`^${inject('webUrl')}/forhandsvisning/problem-cards/`))

    const typed = `Utkast ${crypto.randomUUID().slice(0, 8)}`
    const title = page.locator('#field-title')
    await title.fill('')
    await title.pressSequentially(typed, { delay: 30 })
    await preview.getByText(typed, { exact: true }).waitFor({ timeout: 20_000 })

    // Only the preview knows: the public page still shows the published title.
    const published = await (await fetch(`${inject('webUrl')}/bygg-med-oss`)).text()
    expect(published).toContain(card.title)
    expect(published).not.toContain(typed)

    // The picture for the editors' guide: the form and the card as visitors will see it.
    await preview.getByText(typed, { exact: true }).scrollIntoViewIfNeeded()
    await page.mouse.move(0, 0)
    await page.screenshot({ path: screenshotPath })

    // The same admin, in bokmål, offers to publish (or unpublish) at a chosen time.
    await page.locator('.btn--withPopup .popup-button').first().click()
    await page.locator('#schedule-publish').click()
    await page.getByText('Planlegg publisering', { exact: false }).first().waitFor()
    await page.screenshot({ path: scheduleScreenshotPath })
    await page.context().close()
  })

  it('is framable by the admin only, never cached and never indexed', async () => {
    expect(previewUrl).not.toBeNull()
    const response = await fetch(previewUrl!)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store, private')
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(response.headers.get('x-frame-options')).toBeNull()
    expect(response.headers.get('content-security-policy')).toContain(
      `frame-ancestors ${new URL(inject('cmsUrl')).origin}`,
    )
    expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow"')

    // Every other page keeps refusing frames.
    const publicPage = await fetch(`${inject('webUrl')}/bygg-med-oss`)
    expect(publicPage.headers.get('x-frame-options')).toBe('DENY')
    expect(publicPage.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('refuses a request without a token (401) or with a wrong one (403)', async () => {
    const url = new URL(previewUrl!)
    const token = url.searchParams.get('token')!
    url.searchParams.delete('token')
    const missing = await fetch(url)
    expect(missing.status).toBe(401)
    expect(missing.headers.get('cache-control')).toBe('no-store, private')
    expect(missing.headers.get('x-robots-tag')).toBe('noindex, nofollow')

    const [expires, signature] = token.split('.')
    for (const wrong of [`${Number(expires) + 3_600_000}.${signature}`, 'nonsense']) {
      url.searchParams.set('token', wrong)
      const response = await fetch(url)
      expect(response.status, wrong).toBe(403)
      expect(await response.text()).not.toContain(card.title)
    }
    // A valid token for this card opens nothing else.
    const other = new URL(
      previewUrl!.replace(`/problem-cards/${card.id}`, `/problem-cards/${card.id + 1}`),
    )
    expect((await fetch(other)).status).toBe(403)
  })
})
