// Issue 20, in the real admin on the production builds: Datakollektivet's own login page and
// favicon, rows named by what they say in Norwegian, Norwegian dates in Oslo time, and Norwegian
// for the texts Payload writes in English outright (screen-reader labels included); what is
// scheduled shows in the document and the list.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, cms, openPage, openAdminAsNewEditor } from './helpers.ts'

afterAll(closeBrowser)

const cmsUrl = inject('cmsUrl')
const month = '(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)'

describe('the admin in Norwegian', () => {
  let adminToken: string
  let editor: { id: number; email: string; password: string }
  let page: Page

  beforeAll(async () => {
    ;({ adminToken, editor, page } = await openAdminAsNewEditor({ width: 1280, height: 900 }))
  })
  afterAll(async () => {
    await page?.context().close()
    if (editor) await cms(`/users/${editor.id}`, adminToken, { method: 'DELETE' })
  })

  const text = async () => (await page.locator('body').innerText()).replace(/\s+/g, ' ')

  it('shows Datakollektivet on the login page and as the favicon', async () => {
    // Signed out, in a browser of its own.
    const visitor = await openPage(`${cmsUrl}/admin/login`)
    try {
      await visitor.locator('input[name="email"]').waitFor()
      expect(await visitor.title()).toContain('Datakollektivet')
      await visitor.locator('.login').getByText('Datakollektivet').first().waitFor()
      const icons = await visitor
        .locator('link[rel="icon"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      expect(icons.length).toBeGreaterThan(0)
      expect(icons.every((href) => href.startsWith('data:image/svg+xml'))).toBe(true)
    } finally {
      await visitor.context().close()
    }
  })

  it('names menu and footer rows in Norwegian, each by its own text', async () => {
    const settings = await cms('/globals/site-settings?depth=0', adminToken)
    await page.goto(`${cmsUrl}/admin/globals/site-settings`)
    await page.getByText('Legg til Menypunkt').waitFor()
    const shown = await text()
    expect(shown).toContain(`01 Menypunkt: ${settings.navigation[0].link.label}`)
    expect(shown).toContain(`01 Lenke: ${settings.footerLinks[0].link.label}`)
    for (const english of ['Navigation', 'Footer Link', 'Legg til Link'])
      expect(shown).not.toContain(english)
  })

  it('heads each section of a page with its kind and its heading', async () => {
    const bygg = (await cms('/pages?where[slug][equals]=bygg-med-oss&depth=0', adminToken)).docs[0]
    await page.goto(`${cmsUrl}/admin/collections/pages/${bygg.id}`)
    await page.getByText(`01 Toppseksjon: ${bygg.layout[0].heading}`).waitFor()
    const headers = await page.locator('.row-title').allInnerTexts()
    expect(headers.length).toBeGreaterThanOrEqual(bygg.layout.length)
    expect(await text()).not.toContain('Uten tittel')
  })

  it('schedules on a 24-hour clock in Oslo time', async () => {
    const card = (await cms('/problem-cards?limit=1&depth=0&sort=_order', adminToken)).docs[0]
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}`)
    await page.locator('#field-title').waitFor()
    await page.locator('.btn--withPopup .popup-button').first().click()
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.drawer__content').filter({ hasText: 'Planlegg publisering' })
    await drawer.getByText('Norge (Oslo)').waitFor()
    await drawer.locator('.date-time-picker input').first().click()
    const times = await page.locator('.react-datepicker__time-list-item').allInnerTexts()
    expect(times.length).toBeGreaterThan(0)
    for (const time of times) expect(time).toMatch(/^\d{2}:\d{2}$/)
    // Texts react-datepicker writes in English, the month buttons' screen-reader labels too.
    await page.locator('.react-datepicker-time__header').getByText('Klokkeslett').waitFor()
    await page.locator('[aria-label="Neste måned"]').first().waitFor({ state: 'attached' })
    expect(
      await page.locator('[aria-label="Next Month"], [aria-label="Previous Month"]').count(),
    ).toBe(0)

    // Scheduled for the 15th of next month at 10:00 Oslo time, then shown in the card and the list.
    await page.locator('[aria-label="Neste måned"]').first().click()
    await page
      .locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)')
      .click()
    await page.locator('.react-datepicker__time-list-item', { hasText: /^10:00$/ }).click()
    await page.locator('#scheduled-publish-save').click()
    await drawer.locator('.schedule-publish__delete').first().waitFor()
    // The card is published, so the dialog's type is «Avpubliser» unless changed.
    const planned = /Planlagt: avpubliseres 15\. \S+ kl\. 10:00/
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}`)
    const sidebar = page.locator('.document-fields__sidebar')
    await sidebar.getByText('Planlagt:').first().waitFor()
    expect(await sidebar.innerText()).toMatch(planned)
    await page.goto(`${cmsUrl}/admin/collections/problem-cards`)
    await page.locator('tbody').getByText('Planlagt:').first().waitFor()
    expect(await page.locator('tbody').innerText()).toMatch(planned)

    // Unscheduled again, so no other test meets it.
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}`)
    await page.locator('#field-title').waitFor()
    await page.locator('.btn--withPopup .popup-button').first().click()
    await page.locator('#schedule-publish').click()
    await drawer.locator('.schedule-publish__delete').first().click()
    await drawer.getByText('Ingen kommende hendelser').first().waitFor()
  })

  it('labels the text editor’s handles and the live preview in Norwegian', async () => {
    const card = (await cms('/problem-cards?limit=1&depth=0&sort=_order', adminToken)).docs[0]
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}`)
    await page.locator('[data-lexical-editor="true"] p').first().hover()
    await page.locator('[aria-label="Dra for å flytte"]').first().waitFor({ state: 'attached' })
    await page.locator('[aria-label="Legg til blokk"]').first().waitFor({ state: 'attached' })
    expect(
      await page.locator('[aria-label="Drag to move"], [aria-label="Add block"]').count(),
    ).toBe(0)

    await page.locator('#live-preview-toggler').click()
    await page.getByText('Tilpasset vinduet').first().waitFor()
    expect(await text()).not.toContain('Responsive')
    await page.locator('#live-preview-toggler').click()
  })

  it('leaves the list place out of the version comparison', async () => {
    // The last card gets a new place key without moving: just after the card before it.
    const cards = (await cms('/problem-cards?limit=0&depth=0&sort=-_order', adminToken)).docs
    const [card, before] = cards
    await cms('/reorder', adminToken, {
      method: 'POST',
      body: JSON.stringify({
        collectionSlug: 'problem-cards',
        orderableFieldName: '_order',
        docsToMove: [card.id],
        newKeyWillBe: 'greater',
        target: { id: before.id, key: before._order },
      }),
    })
    const versions = await cms(
      `/problem-cards/versions?where[parent][equals]=${card.id}&sort=-createdAt&limit=2&depth=0`,
      adminToken,
    )
    const [latest, older] = versions.docs
    expect(latest.version._order).not.toBe(older.version._order)
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}/versions/${older.id}`)
    await page
      .locator('.render-field-diffs__field:not([data-field-path="_order"])')
      .first()
      .waitFor()
    const order = page.locator('.render-field-diffs__field[data-field-path="_order"]')
    expect(await order.count()).toBeGreaterThan(0)
    expect(await order.first().isVisible()).toBe(false)
  })

  it('writes dates the Norwegian way, on a 24-hour clock', async () => {
    await page.goto(`${cmsUrl}/admin/collections/pages`)
    await page.locator('tbody tr').first().waitFor()
    // The date cells show «Laster...» until the admin's client has formatted them.
    const norwegianDate = new RegExp(`\\d{1,2}\\. ${month} \\d{4} kl\\. \\d{2}:\\d{2}`)
    await expect
      .poll(() => page.locator('tbody').innerText(), { timeout: 20_000 })
      .toMatch(norwegianDate)
    expect(await page.locator('tbody').innerText()).not.toMatch(/[ap]\.m\./)
  })
})
