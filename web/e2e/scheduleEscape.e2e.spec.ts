// Escape in the schedule panel (issue 20): with a time chosen but not saved, Escape asks before
// it closes the panel, and «Avbryt» keeps the panel and the time. Nothing is scheduled here.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, cms, openAdminAsNewEditor } from './helpers.ts'

afterAll(closeBrowser)

describe('the schedule panel', () => {
  const cmsUrl = inject('cmsUrl')
  let adminToken: string
  let editor: { id: number; email: string; password: string }
  let page: Page

  beforeAll(async () => {
    ;({ adminToken, editor, page } = await openAdminAsNewEditor({ width: 1280, height: 800 }))
  })

  afterAll(async () => {
    await page?.context().close()
    if (editor) await cms(`/users/${editor.id}`, adminToken, { method: 'DELETE' })
  })

  it('keeps the chosen time when Escape is pressed, unless the editor says to close', async () => {
    const card = (await cms('/problem-cards?limit=1&depth=0&sort=_order', adminToken)).docs[0]
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}`)
    await page.locator('#field-title').waitFor()
    await page.locator('.btn--withPopup .popup-button').first().click()
    await page.locator('#schedule-publish').click()
    const panel = page.locator('.drawer.schedule-publish')
    const time = panel.locator('.date-time-picker input').first()
    await time.click()
    await page.locator('[aria-label="Neste måned"]').first().click()
    await page
      .locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)')
      .click()
    await page.locator('.react-datepicker__time-list-item', { hasText: /^10:00$/ }).click()
    const chosen = await time.inputValue()
    expect(chosen).not.toBe('')

    // Escape asks; «Avbryt» keeps the panel open with the time.
    const questions: string[] = []
    page.once('dialog', (dialog) => {
      questions.push(dialog.message())
      void dialog.dismiss()
    })
    await page.keyboard.press('Escape')
    await expect.poll(() => questions.length).toBe(1)
    expect(questions[0]).toContain('ikke lagret')
    expect(await panel.locator('#scheduled-publish-save').isVisible()).toBe(true)
    expect(await time.inputValue()).toBe(chosen)

    // Saying yes closes it without scheduling.
    page.once('dialog', (dialog) => void dialog.accept())
    await page.keyboard.press('Escape')
    await panel.locator('#scheduled-publish-save').waitFor({ state: 'hidden' })
  })
})
