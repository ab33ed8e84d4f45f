import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, cms, cmsLogin, controlCms, openPage, visibleText } from './helpers.ts'

afterAll(closeBrowser)

// web allows 5 sign-ups per address in 10 minutes and every browser here is 127.0.0.1: this file
// posts the form 4 times. Keep it under the limit when adding tests.

const newEmail = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}@example.org`

async function fillIn(page: Page, email: string) {
  await page.getByLabel('Navn').fill('Kari Nordmann')
  await page.getByLabel('E-post', { exact: false }).first().fill(email)
  await page.getByLabel('Drift').check()
  await page.getByLabel('Melding').fill('Jeg kan Ansible.')
}

/** People take a few seconds; the form refuses anything faster as automated. */
const likeAPerson = (page: Page) => page.waitForTimeout(3_100)

const submit = (page: Page) => page.getByRole('button', { name: 'Send inn' }).click()

/** What has focus, as the id or the data-* marker of the element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element) return null
    return element.id || Object.keys(element.dataset).join(',') || element.tagName
  })

/** Marks the window; the mark survives only if the page was not reloaded. */
const markWindow = (page: Page) =>
  page.evaluate(() => {
    ;(window as unknown as { notReloaded: boolean }).notReloaded = true
  })
const stillSameWindow = (page: Page) =>
  page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true)

describe('the "Bygg med oss" form', () => {
  let adminToken: string
  beforeAll(async () => {
    adminToken = await cmsLogin(inject('admin').email, inject('admin').password)
  })

  const submissionsFor = async (email: string): Promise<Record<string, unknown>[]> =>
    (await cms(`/form-submissions?where[email][equals]=${encodeURIComponent(email)}`, adminToken))
      .docs
  const outboxPending = async (): Promise<number> =>
    (await (await fetch(`${inject('webUrl')}/hooks/readyz`)).json()).outbox.pending

  /** The submission once web has delivered it (in the background, after the thanks): exactly one. */
  async function storedOnce(email: string): Promise<Record<string, unknown>> {
    await expect
      .poll(async () => (await submissionsFor(email)).length, { timeout: 30_000, interval: 200 })
      .toBe(1)
    // Delivered means gone from the outbox; nothing is sent twice.
    await expect.poll(outboxPending, { timeout: 30_000 }).toBe(0)
    const stored = await submissionsFor(email)
    expect(stored).toHaveLength(1)
    return stored[0]!
  }

  it('without JavaScript: stores a submission exactly once and says thank you', async () => {
    const page = await openPage('/bygg-med-oss', { javaScriptEnabled: false })
    const email = newEmail('kari')
    await fillIn(page, email)
    await likeAPerson(page)
    await submit(page)
    await page.getByText('Takk for at du tok kontakt').waitFor()
    expect(await focused(page)).toBe('signupSuccess')

    expect(await storedOnce(email)).toMatchObject({
      name: 'Kari Nordmann',
      email,
      interests: ['drift'],
      message: 'Jeg kan Ansible.',
      status: 'new',
      sourcePage: '/bygg-med-oss',
    })
    await page.context().close()
  })

  it('without JavaScript: keeps the input, summarises the errors and marks each field for screen readers', async () => {
    const page = await openPage('/bygg-med-oss', { javaScriptEnabled: false })
    await page.getByLabel('Navn').fill('Ola')
    await page.getByLabel('E-post', { exact: false }).first().fill('ikke-en-adresse')
    await submit(page)
    await page.getByText('Noe må rettes før du kan sende inn').waitFor()

    // The error summary has focus (autofocus) and links to the field to fix.
    expect(await focused(page)).toBe('signupSummary')
    const link = page.locator('[data-signup-summary] a')
    expect(await link.allInnerTexts()).toEqual(['Skriv en gyldig e-postadresse.'])
    expect(await link.getAttribute('href')).toBe('#signup-email')
    expect(
      await page
        .locator('[data-signup-summary]')
        .evaluate((e) => e.parentElement?.getAttribute('aria-live')),
    ).toBe('polite')

    const email = page.locator('#signup-email')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    expect(await email.getAttribute('aria-describedby')).toBe('email-error')
    expect(await page.locator('#email-error').innerText()).toBe('Skriv en gyldig e-postadresse.')
    expect(await email.inputValue()).toBe('ikke-en-adresse')
    expect(await page.locator('#signup-name').inputValue()).toBe('Ola')
    expect(await page.locator('#signup-name').getAttribute('aria-invalid')).toBeNull()
    await page.context().close()
  })

  it('with JavaScript: no reload, focus on the first field to fix, then thanks and one stored submission', async () => {
    const page = await openPage('/bygg-med-oss')
    await markWindow(page)
    const email = newEmail('ola')
    await page.getByLabel('E-post', { exact: false }).first().fill('ola@')
    await submit(page)

    // Both name (empty) and email are wrong; focus goes to the first of them.
    await expect.poll(() => focused(page)).toBe('signup-name')
    expect(await stillSameWindow(page)).toBe(true)
    const name = page.locator('#signup-name')
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    expect(await name.getAttribute('aria-describedby')).toBe('name-error')
    expect(await page.locator('#name-error').innerText()).toBe('Fyll ut dette feltet.')
    expect(await page.locator('#signup-email').getAttribute('aria-describedby')).toBe('email-error')
    expect(await page.locator('[data-signup-live] a').allInnerTexts()).toEqual([
      'Fyll ut dette feltet.',
      'Skriv en gyldig e-postadresse.',
    ])
    expect(await page.locator('#signup-email').inputValue()).toBe('ola@')

    await fillIn(page, email)
    await likeAPerson(page)
    await submit(page)
    await page.getByText('Takk for at du tok kontakt').waitFor()
    expect(await focused(page)).toBe('signupSuccess')
    expect(await stillSameWindow(page)).toBe(true)
    await storedOnce(email)
    await page.context().close()
  })

  it('with the CMS down: thanks the visitor and delivers the submission exactly once when it is back', async () => {
    const page = await openPage('/bygg-med-oss', { javaScriptEnabled: false })
    const email = newEmail('outbox')
    await fillIn(page, email)
    await likeAPerson(page)
    await controlCms('stop')
    try {
      await submit(page)
      await page.waitForLoadState('load')
      // The whole text, so a failure shows what the visitor saw instead (an error, a limit).
      expect(await visibleText(page)).toContain('Takk for at du tok kontakt')
      const ready = await (await fetch(`${inject('webUrl')}/hooks/readyz`)).json()
      expect(ready).toMatchObject({ cms: 'unreachable', outbox: { pending: 1, rejected: 0 } })
    } finally {
      await controlCms('start')
    }
    await storedOnce(email)
    await page.context().close()
  })

  it('refuses a body over the size limit with 413 and the form’s own message', async () => {
    const webUrl = inject('webUrl')
    const body = `name=x&message=${'a'.repeat(200_000)}`
    const post = (init: RequestInit) =>
      fetch(`${webUrl}/bygg-med-oss?/signup`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'text/html',
          Origin: webUrl,
        },
        ...init,
      })
    // With a Content-Length, and streamed without one (the limit is then counted while reading).
    const streamed = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body))
        controller.close()
      },
    })
    for (const response of [
      await post({ body }),
      await post({ body: streamed, duplex: 'half' } as RequestInit),
    ]) {
      expect(response.status).toBe(413)
      expect(await response.text()).toContain('Teksten er for lang.')
    }
  })
})
