// Drafts as a first-time editor meets them (walkthrough finding 9), in real Chromium against the
// production builds: opening «Opprett ny» stores nothing, a new empty block shows no required-field
// errors while the editor works (drafts are not validated), publishing the incomplete page is
// still refused in Norwegian, and the saved page autosaves. Everything made here is deleted after.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, cms, openAdminAsNewEditor, openBlockPicker } from './helpers.ts'

afterAll(closeBrowser)

const required = 'Dette feltet er påkrevd.'

describe('drafts in the admin, as an editor', () => {
  const cmsUrl = inject('cmsUrl')
  let adminToken: string
  let editor: { id: number; email: string; password: string }
  let page: Page
  let pageId: number | undefined

  beforeAll(async () => {
    ;({ adminToken, editor, page } = await openAdminAsNewEditor({ width: 1280, height: 900 }))
  })

  afterAll(async () => {
    await page?.context().close()
    if (pageId !== undefined) await cms(`/pages/${pageId}`, adminToken, { method: 'DELETE' })
    if (editor) await cms(`/users/${editor.id}`, adminToken, { method: 'DELETE' })
  })

  const pageCount = async () =>
    (await cms('/pages?limit=0&depth=0&draft=true', adminToken)).totalDocs as number
  const draft = async () => cms(`/pages/${pageId}?draft=true&depth=0`, adminToken)
  const shownErrors = () => page.getByText(required).filter({ visible: true }).count()

  it('stores nothing when «Opprett ny» is opened, and the new page when it is first saved', async () => {
    const before = await pageCount()
    await page.goto(`${cmsUrl}/admin/collections/pages/create`)
    await page.locator('#field-title').waitFor()
    const saveDraft = page.getByRole('button', { name: 'Lagre utkast' })
    await saveDraft.waitFor()
    expect(page.url()).toMatch(/\/create$/)
    expect(await pageCount()).toBe(before)

    await page.locator('#field-title').fill('Side fra utkasttesten')
    await page.locator('#field-slug').fill(`utkast-${crypto.randomUUID().slice(0, 8)}`)
    const response = page.waitForResponse(
      (each) => each.url().includes('/api/pages') && each.request().method() === 'POST',
    )
    await saveDraft.click()
    const answer = await response
    expect(answer.ok(), await answer.text()).toBe(true)
    pageId = ((await answer.json()) as { doc: { id: number } }).doc.id
    expect(await pageCount()).toBe(before + 1)
    await page.waitForURL(new RegExp(`/admin/collections/pages/${pageId}$`))
  })

  it('shows no error for a new empty block while autosaving, only when publishing', async () => {
    expect(pageId).toBeDefined()
    await page.locator('#field-title').waitFor()
    const textChoice = await openBlockPicker(page, 'Tekstseksjon')
    await textChoice.click()
    await page.locator('#field-layout__0__heading').waitFor()

    // A change after the empty block: the autosave stores both (so the block was autosaved too).
    await page.locator('#field-title').fill('Side fra utkasttesten, endret')
    await expect
      .poll(async () => (await draft()).title, { timeout: 20_000, interval: 500 })
      .toBe('Side fra utkasttesten, endret')
    expect((await draft()).layout).toMatchObject([{ blockType: 'richTextSection' }])
    expect(await shownErrors()).toBe(0)

    // Publishing the page with the block's required text missing is refused, in Norwegian.
    await page.getByRole('button', { name: 'Publiser endringer' }).click()
    await page.getByText(required).first().waitFor()
    expect((await draft())._status).toBe('draft')
  })
})
