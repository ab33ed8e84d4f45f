// An editor puts images on the site through the admin (issue 20), in real Chromium against the
// production builds: uploads an image (refused without alt text, in Norwegian), adds an image
// block to a new page and the image to a new problem card, publishes both, and sees both on the
// public site. Everything made here is deleted afterwards: other test files check the seed.
import { fileURLToPath } from 'node:url'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, cms, openPage, openAdminAsNewEditor, openBlockPicker } from './helpers.ts'

afterAll(closeBrowser)

const drawing = fileURLToPath(
  new URL('../../cms/src/seed/images/verktoy-i-drift.png', import.meta.url),
)

describe('images in the admin, as an editor', () => {
  const cmsUrl = inject('cmsUrl')
  const webUrl = inject('webUrl')
  let adminToken: string
  let editor: { id: number; email: string; password: string }
  let page: Page
  const cleanup: string[] = []

  beforeAll(async () => {
    ;({ adminToken, editor, page } = await openAdminAsNewEditor({ width: 1280, height: 900 }))
  })

  afterAll(async () => {
    await page?.context().close()
    for (const path of cleanup.reverse()) await cms(path, adminToken, { method: 'DELETE' })
    if (editor) await cms(`/users/${editor.id}`, adminToken, { method: 'DELETE' })
  })

  /** Waits for the admin's save of `collection` (not an autosave) after `click`. */
  async function saved(collection: string, click: () => Promise<void>) {
    const response = page.waitForResponse(
      (each) =>
        each.url().includes(`/api/${collection}`) &&
        ['PATCH', 'POST'].includes(each.request().method()) &&
        !each.url().includes('autosave=true'),
    )
    await click()
    const answer = await response
    expect(answer.ok(), await answer.text()).toBe(true)
    return ((await answer.json()) as { doc: { id: number } }).doc.id
  }

  /** In an upload field: «Velg fra eksisterende», then the image by its alt text in the list. */
  async function chooseImage(field: string, alt: string) {
    await page.locator(field).getByRole('button', { name: 'Velg fra eksisterende' }).click()
    const drawer = page.locator('.list-drawer')
    await drawer.getByText(alt).first().waitFor()
    await drawer
      .locator('tbody tr')
      .filter({ hasText: alt })
      .first()
      .locator('button, a')
      .first()
      .click()
    await drawer.waitFor({ state: 'hidden' })
  }

  it('uploads an image with alt text, uses it in an image block and on a card, and the site shows both', async () => {
    const alt = `Tegning til test ${crypto.randomUUID().slice(0, 6)}`

    await page.goto(`${cmsUrl}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles(drawing)
    await page.getByRole('button', { name: 'Lagre' }).click()
    // Refused without alt text, in Norwegian, and nothing stored.
    await page.getByText('Dette feltet er påkrevd.').first().waitFor()
    await page.locator('#field-alt').fill(alt)
    const imageId = await saved('media', () => page.getByRole('button', { name: 'Lagre' }).click())
    cleanup.push(`/media/${imageId}`)

    // A new card with the image.
    const cardTitle = `Kort med bilde ${crypto.randomUUID().slice(0, 6)}`
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/create`)
    await page.locator('#field-title').fill(cardTitle)
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type('Et kort med bilde.')
    await chooseImage('#field-image', alt)
    const cardId = await saved('problem-cards', () =>
      page.getByRole('button', { name: 'Publiser endringer' }).click(),
    )
    cleanup.push(`/problem-cards/${cardId}`)

    // A new page with an image block.
    const slug = `bilde-${crypto.randomUUID().slice(0, 6)}`
    await page.goto(`${cmsUrl}/admin/collections/pages/create`)
    await page.locator('#field-title').fill('Side med bilde')
    await page.locator('#field-slug').fill(slug)
    // The block picker, with the image block's picture.
    const imageChoice = await openBlockPicker(page, 'Bilde')
    expect(await imageChoice.locator('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml,/)
    await imageChoice.click()
    await chooseImage('#field-layout__0__image', alt)
    await page.locator('#field-layout__0__caption').fill('Bildetekst fra testen')
    const pageId = await saved('pages', () =>
      page.getByRole('button', { name: 'Publiser endringer' }).click(),
    )
    cleanup.push(`/pages/${pageId}`)

    const site = await openPage(`${webUrl}/${slug}`)
    const image = site.locator('figure.image-block img')
    await image.waitFor()
    expect(await image.getAttribute('alt')).toBe(alt)
    expect(await site.locator('figcaption').innerText()).toBe('Bildetekst fra testen')
    await site.goto(`${webUrl}/bygg-med-oss`)
    const card = site.locator('.problem-card').filter({ hasText: cardTitle })
    await expect
      .poll(async () => (await card.count()) > 0, { timeout: 15_000, interval: 500 })
      .toBe(true)
    expect(await card.locator('img.card-image').getAttribute('alt')).toBe(alt)
    await site.context().close()
  })
})
