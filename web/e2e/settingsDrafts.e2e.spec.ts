// The site settings behave like content (issue 20), as an editor uses them: a new footer text is
// a draft, seen in the live preview beside the form while the public site is unchanged, and it
// reaches the site when published. The footer is put back afterwards.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { logInToAdmin } from '@dk/testing/adminUi'
import { closeBrowser, cms, cmsLogin, createEditor, openPage } from './helpers.ts'

afterAll(closeBrowser)

const publicFront = async () => (await fetch(`${inject('webUrl')}/`)).text()

describe('the site settings, as an editor', () => {
  const cmsUrl = inject('cmsUrl')
  let adminToken: string
  let editor: { id: number; email: string; password: string }
  let page: Page
  let publishedFooter: string

  beforeAll(async () => {
    const admin = inject('admin')
    adminToken = await cmsLogin(admin.email, admin.password)
    publishedFooter = (await cms('/globals/site-settings?depth=0', adminToken)).footerText
    editor = await createEditor(adminToken)
    page = await openPage(`${cmsUrl}/admin/login`, { viewport: { width: 1600, height: 900 } })
    await logInToAdmin(page, cmsUrl, editor.email, editor.password)
  })

  afterAll(async () => {
    const editorToken = editor && (await cmsLogin(editor.email, editor.password))
    if (publishedFooter)
      await cms('/globals/site-settings', editorToken, {
        method: 'POST',
        body: JSON.stringify({ footerText: publishedFooter, _status: 'published' }),
      })
    await page?.context().close()
    if (editor) await cms(`/users/${editor.id}`, adminToken, { method: 'DELETE' })
  })

  it('changes the footer as a draft, sees it in the preview only, then publishes it', async () => {
    await page.goto(`${cmsUrl}/admin/globals/site-settings`)
    const footer = page.locator('#field-footerText')
    await footer.waitFor()
    await expect.poll(() => footer.inputValue(), { timeout: 15_000 }).toBe(publishedFooter)

    await page.locator('#live-preview-toggler').click()
    const iframe = page.locator('#live-preview-iframe')
    const preview = page.frameLocator('#live-preview-iframe')
    await preview.locator('footer').getByText(publishedFooter).waitFor({ timeout: 20_000 })
    // The settings are previewed on the front page.
    expect(await iframe.getAttribute('src')).toMatch(
      new RegExp(`^${inject('webUrl')}/forhandsvisning/site-settings/\\d+\\?token=`),
    )

    const typed = `Ny bunntekst ${crypto.randomUUID().slice(0, 8)}`
    await footer.fill('')
    await footer.pressSequentially(typed, { delay: 20 })
    // Autosaved as a draft, and the preview follows.
    await preview.locator('footer').getByText(typed).waitFor({ timeout: 20_000 })
    // The public site still shows the published footer.
    expect(await publicFront()).not.toContain(typed)

    const saved = page.waitForResponse(
      (response) =>
        response.url().includes('/api/globals/site-settings') &&
        response.request().method() === 'POST' &&
        !response.url().includes('autosave=true'),
    )
    await page.getByRole('button', { name: 'Publiser endringer' }).click()
    expect((await saved).ok()).toBe(true)
    // Bounded wait for the revalidation to reach web.
    await expect.poll(publicFront, { timeout: 15_000, interval: 200 }).toContain(typed)
  })
})
