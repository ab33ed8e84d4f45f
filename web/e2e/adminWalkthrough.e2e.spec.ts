// Issue 20, what the first-time-editor walkthrough found, in the real admin on the production
// builds at the walkthrough's window size: the schedule's time written the Norwegian way, no
// technical fields or «null» in the version comparison, no «API» tab, readable top bar, one
// typeface, the reset dialog saying what its link says, and for a recruiter a history that follows
// a save, plain list texts and no way to create a user from «Ansvarlig».
// Everything created is deleted afterwards.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { oneParagraph } from '@dk/testing/richText'
import { closeBrowser, cms, createEditor, adminSessions } from './helpers.ts'

afterAll(closeBrowser)

const cmsUrl = inject('cmsUrl')
const month = '(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)'
const norwegianDate = new RegExp(`^\\d{1,2}\\. ${month} \\d{4} kl\\. \\d{2}:\\d{2}$`)
const viewport = { width: 1440, height: 900 }

const sessions = adminSessions(viewport)
const { usersToDelete, adminAs } = sessions

describe('the walkthrough’s findings, as an editor', () => {
  let page: Page
  let card: { id: number; title: string }

  beforeAll(async () => {
    const editor = await createEditor(sessions.adminToken)
    usersToDelete.push(editor.id)
    page = await adminAs(editor.email, editor.password)
    // A card of its own, as the seed makes them (with a seed key), first without an icon.
    const created = await cms('/problem-cards', sessions.adminToken, {
      method: 'POST',
      body: JSON.stringify({
        title: `Gjennomgangskort ${crypto.randomUUID().slice(0, 8)}`,
        description: oneParagraph('Et kort for testen.'),
        seedKey: `gjennomgang-${crypto.randomUUID()}`,
        _status: 'published',
      }),
    })
    card = created.doc
  })
  afterAll(async () => {
    if (card) await cms(`/problem-cards/${card.id}`, sessions.adminToken, { method: 'DELETE' })
  })

  it('writes the scheduled time the Norwegian way, on a 24-hour clock', async () => {
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}`)
    await page.locator('#field-title').waitFor()
    await page.locator('.btn--withPopup .popup-button').first().click()
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.drawer__content').filter({ hasText: 'Planlegg publisering' })
    const time = drawer.locator('.date-time-picker input').first()
    await time.click()
    await page.locator('[aria-label="Neste måned"]').first().click()
    await page
      .locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)')
      .click()
    await page.locator('.react-datepicker__time-list-item', { hasText: /^14:30$/ }).click()
    await expect.poll(() => time.inputValue()).toMatch(/^15\. \S+ \d{4} kl\. 14:30$/)
    expect(await time.inputValue()).toMatch(norwegianDate)
    // Not saved: closed without scheduling anything.
    await page.keyboard.press('Escape')
  })

  it('leaves the seed key out of the version comparison, and writes no icon as «Ingen»', async () => {
    await cms(`/problem-cards/${card.id}`, sessions.adminToken, {
      method: 'PATCH',
      body: JSON.stringify({ icon: 'key', _status: 'published' }),
    })
    const versions = await cms(
      `/problem-cards/versions?where[parent][equals]=${card.id}&sort=-createdAt&limit=2&depth=0`,
      sessions.adminToken,
    )
    // The newest version (with the icon), compared with the one before it (without).
    const latest = versions.docs[0]
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}/versions/${latest.id}`)
    const icon = page.locator('.render-field-diffs__field[data-field-path="icon"]')
    await icon.waitFor()
    const shown = (await page.locator('.render-field-diffs').first().innerText()).replace(
      /\s+/g,
      ' ',
    )
    expect(shown).not.toContain('Seed Key')
    expect(shown).not.toContain('null')
    expect(await icon.innerText()).toContain('Ingen')
    expect(await icon.innerText()).toContain('Nøkkel')
  })

  it('has no «API» tab, a readable top bar and one typeface', async () => {
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}`)
    await page.locator('#field-title').waitFor()
    await page.locator('.doc-tabs').first().waitFor()
    expect(await page.locator('.doc-tabs a[href$="/api"]').count()).toBe(0)
    expect(await page.locator('.doc-tabs').first().innerText()).not.toContain('API')

    // «Sist endret» and «Opprettet» whole, not «2.».
    const values = page.locator('.doc-controls__value-wrap .doc-controls__value')
    await values.first().waitFor()
    for (const value of await values.all()) {
      expect(await value.innerText()).toMatch(norwegianDate)
      expect(
        await value.evaluate((element) => element.scrollWidth <= element.clientWidth + 1),
      ).toBe(true)
    }

    const fonts = await page.evaluate(() => ({
      richText: getComputedStyle(document.querySelector('.rich-text-lexical .editor-container')!)
        .fontFamily,
      title: getComputedStyle(document.querySelector('#field-title')!).fontFamily,
    }))
    expect(fonts.richText).toBe(fonts.title)
  })

  it('says «til publisert» in the reset dialog, as its link does', async () => {
    await cms(`/problem-cards/${card.id}?draft=true`, sessions.adminToken, {
      method: 'PATCH',
      body: JSON.stringify({ title: `${card.title} (utkast)` }),
    })
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}`)
    await page.getByText('Tilbakestill til publisert').first().click()
    const dialog = page.locator('.confirmation-modal, dialog, [role="dialog"]').filter({
      hasText: 'Bekreft tilbakestilling',
    })
    await dialog.first().waitFor()
    const text = await dialog.first().innerText()
    expect(text).toContain('Bekreft tilbakestilling til publisert')
    expect(text).not.toContain('til lagret')
    await page.keyboard.press('Escape')
  })

  it('calls the account page’s settings by a name an editor knows', async () => {
    await page.goto(`${cmsUrl}/admin/account`)
    await page.locator('input[name="email"]').waitFor()
    await page.getByText('Innstillinger for admin').first().waitFor()
    expect(await page.locator('body').innerText()).not.toContain('Payload-innstillinger')
  })
})

describe('the walkthrough’s findings, as a recruiter', () => {
  let page: Page
  let submissionId: number

  beforeAll(async () => {
    const password = crypto.randomUUID()
    const recruiter = await cms('/users', sessions.adminToken, {
      method: 'POST',
      body: JSON.stringify({
        email: `rekrutterer-${password}@test.invalid`,
        password,
        name: 'Randi Rekrutterer',
        roles: ['recruiter'],
      }),
    })
    usersToDelete.push(recruiter.doc.id)
    const areas = (
      await cms('/contribution-areas?limit=1&sort=_order&depth=0', sessions.adminToken)
    ).docs
    const created = await cms('/form-submissions', sessions.adminToken, {
      method: 'POST',
      body: JSON.stringify({
        name: 'Gunn Gjennomgang',
        email: `${crypto.randomUUID()}@example.org`,
        interests: [areas[0].key],
        message: 'Testinnsending for gjennomgangen.',
        sourcePage: '/bygg-med-oss',
        idempotencyKey: crypto.randomUUID(),
      }),
    })
    submissionId = created.doc.id
    page = await adminAs(recruiter.doc.email, password)
  })
  afterAll(async () => {
    if (!submissionId) return
    // The recruiter's admin session still holds the submission's edit lock; only admins delete.
    await page?.context().close()
    await cms(
      `/payload-locked-documents?where[document.value][equals]=${submissionId}&where[document.relationTo][equals]=form-submissions`,
      sessions.adminToken,
      { method: 'DELETE' },
    )
    await cms(`/form-submissions/${submissionId}`, sessions.adminToken, { method: 'DELETE' })
  })

  it('heads the dashboard’s overview apart from the menu group «Rekruttering»', async () => {
    await page.goto(`${cmsUrl}/admin`)
    await page.getByRole('heading', { name: 'Oversikt over rekrutteringen' }).waitFor()
    expect(await page.getByRole('heading', { name: 'Rekruttering', exact: true }).count()).toBe(1)
  })

  it('lists submissions in plain words, and points to where the rules are', async () => {
    await page.goto(`${cmsUrl}/admin/collections/form-submissions`)
    const row = page.locator('tbody tr').filter({ hasText: 'Gunn Gjennomgang' })
    await row.waitFor()
    // The admin's client corrects it once it has started.
    const search = page.locator('input.search-filter__input').first()
    await expect
      .poll(() => search.getAttribute('placeholder'), { timeout: 10_000 })
      .toBe('Søk etter navn eller e-post')
    expect(await row.innerText()).not.toContain('<Ingen')
    expect(await row.innerText()).toContain('Ingen')
    expect(await page.locator('body').innerText()).not.toContain('driftshåndboken')
  })

  it('updates the history when a status change is saved, in Norwegian dates, with no «+» under «Ansvarlig»', async () => {
    await page.goto(`${cmsUrl}/admin/collections/form-submissions/${submissionId}`)
    const history = page.getByRole('region', { name: 'Historikk' })
    await history.getByText('ikke kontaktet ennå').waitFor()
    expect(await page.locator('#field-assignee .relationship-add-new').count()).toBe(0)

    await page.locator('#field-status').click()
    await page.locator('.rs__option', { hasText: /^Kontaktet$/ }).click()
    await page.locator('#action-save').click()
    // No reload: the history follows the save.
    await history.getByText('Status: Ny → Kontaktet').waitFor()
    const when = await history.locator('time').first().innerText()
    expect(when).toMatch(norwegianDate)
    expect(await history.innerText()).not.toContain('ikke kontaktet ennå')
  })
})
