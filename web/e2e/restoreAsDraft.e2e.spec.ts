// Restoring a version is safe (issue 20): the version view's button restores as a draft, so the
// public site keeps the published card until the editor has seen the restored one in the preview
// and published it; the card keeps its place in the list. A card of its own, deleted afterwards.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { logInToAdmin } from '@dk/testing/adminUi'
import { oneParagraph } from '@dk/testing/richText'
import { closeBrowser, cms, cmsLogin, createEditor, openPage } from './helpers.ts'

afterAll(closeBrowser)

const publicPage = async () => (await fetch(`${inject('webUrl')}/bygg-med-oss`)).text()

const description = (text: string) => oneParagraph(text)

describe('restoring a version, as an editor', () => {
  const cmsUrl = inject('cmsUrl')
  const tag = crypto.randomUUID().slice(0, 8)
  const oldTitle = `Gammel tittel ${tag}`
  const currentTitle = `Ny tittel ${tag}`
  let adminToken: string
  let editor: { id: number; email: string; password: string }
  let page: Page
  let card: { id: number; _order: string }

  beforeAll(async () => {
    const admin = inject('admin')
    adminToken = await cmsLogin(admin.email, admin.password)
    const created = await cms('/problem-cards', adminToken, {
      method: 'POST',
      body: JSON.stringify({
        title: oldTitle,
        description: description('Et kort for testen.'),
        _status: 'published',
      }),
    })
    // Moved first in the list after the old version was saved.
    const [first] = (await cms('/problem-cards?sort=_order&limit=1&depth=0', adminToken)).docs
    await cms('/reorder', adminToken, {
      method: 'POST',
      body: JSON.stringify({
        collectionSlug: 'problem-cards',
        orderableFieldName: '_order',
        docsToMove: [created.doc.id],
        newKeyWillBe: 'less',
        target: { id: first.id, key: first._order },
      }),
    })
    card = (
      await cms(`/problem-cards/${created.doc.id}`, adminToken, {
        method: 'PATCH',
        body: JSON.stringify({ title: currentTitle, _status: 'published' }),
      })
    ).doc
    editor = await createEditor(adminToken)
    page = await openPage(`${cmsUrl}/admin/login`, { viewport: { width: 1600, height: 900 } })
    await logInToAdmin(page, cmsUrl, editor.email, editor.password)
  })

  afterAll(async () => {
    await page?.context().close()
    if (card) await cms(`/problem-cards/${card.id}`, adminToken, { method: 'DELETE' })
    if (editor) await cms(`/users/${editor.id}`, adminToken, { method: 'DELETE' })
  })

  it('restores as a draft, seen in the preview only, published when the editor says so', async () => {
    await expect.poll(publicPage, { timeout: 15_000, interval: 200 }).toContain(currentTitle)
    const versions = await cms(
      `/problem-cards/versions?where[parent][equals]=${card.id}&sort=createdAt&limit=10&depth=0`,
      adminToken,
    )
    const old = versions.docs.find(
      (v: { version: { title: string; _status: string } }) =>
        v.version.title === oldTitle && v.version._status === 'published',
    )
    expect(old).toBeDefined()

    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}/versions/${old.id}`)
    // The plain button restores as a draft; publishing at once hides behind the arrow.
    await page.getByRole('button', { name: 'Gjenopprett som utkast', exact: true }).click()
    const dialog = page.locator('.confirmation-modal')
    await dialog.getByText('som et utkast').waitFor()
    expect(await dialog.innerText()).toContain('Nettsiden viser fortsatt det som er publisert')
    // The version's time as the lists show it, in Oslo time (the test machine runs on UTC).
    const osloTime = new Intl.DateTimeFormat('nb-NO', {
      timeZone: 'Europe/Oslo',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(old.updatedAt))
    expect(await dialog.innerText()).toContain(`kl. ${osloTime}`)
    const restored = page.waitForResponse(
      (response) =>
        response.url().includes(`/api/problem-cards/versions/${old.id}`) &&
        response.request().method() === 'POST',
    )
    await dialog.getByRole('button', { name: 'Bekreft' }).click()
    const response = await restored
    expect(response.ok()).toBe(true)
    expect(response.url()).toContain('draft=true')

    // The public site still shows the published card; the restored title is a draft.
    const published = await cms(`/problem-cards/${card.id}?depth=0`, adminToken)
    expect(published.title).toBe(currentTitle)
    const draft = await cms(`/problem-cards/${card.id}?depth=0&draft=true`, adminToken)
    expect(draft.title).toBe(oldTitle)
    const site = await publicPage()
    expect(site).toContain(currentTitle)
    expect(site).not.toContain(oldTitle)

    // The editor sees it in the live preview of the card.
    await page.waitForURL(new RegExp(`/admin/collections/problem-cards/${card.id}$`))
    await page.locator('#field-title').waitFor()
    await page.locator('#live-preview-toggler').click()
    await page
      .frameLocator('#live-preview-iframe')
      .getByText(oldTitle, { exact: true })
      .waitFor({ timeout: 20_000 })

    const saved = page.waitForResponse(
      (r) =>
        r.url().includes(`/api/problem-cards/${card.id}`) &&
        r.request().method() === 'PATCH' &&
        !r.url().includes('autosave=true'),
    )
    await page.getByRole('button', { name: 'Publiser endringer' }).click()
    expect((await saved).ok()).toBe(true)
    await expect.poll(publicPage, { timeout: 15_000, interval: 200 }).toContain(oldTitle)

    // It kept its place: first in the list.
    const after = await cms(`/problem-cards/${card.id}?depth=0`, adminToken)
    expect(after._order).toBe(card._order)
    const [first] = (await cms('/problem-cards?sort=_order&limit=1&depth=0', adminToken)).docs
    expect(first.id).toBe(card.id)
  })
})
