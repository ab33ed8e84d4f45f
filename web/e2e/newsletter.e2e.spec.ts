import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { readMail, type Mail } from '@dk/testing/mailbox'

import { closeBrowser, cms, cmsLogin, openPage } from './helpers.ts'

afterAll(closeBrowser)

function linkIn(mail: Mail | undefined, path: string): string {
  const match = mail?.text.match(new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_-]{43}`))
  if (!match) throw new Error(`no ${path} link in the mail`)
  return match[0]
}

describe('"Følg oss": the newsletter with double opt-in', () => {
  let adminToken: string
  beforeAll(async () => {
    adminToken = await cmsLogin(inject('admin').email, inject('admin').password)
  })

  const subscribersFor = async (email: string) =>
    (
      await cms(
        `/newsletter-subscribers?where[email][equals]=${encodeURIComponent(email)}`,
        adminToken,
      )
    ).docs

  it('signs up, confirms with the link from the mail and unsubscribes with the other one', async () => {
    const page = await openPage('/bygg-med-oss', { javaScriptEnabled: false })
    const email = `folg-${crypto.randomUUID().slice(0, 8)}@example.org`
    const form = page.locator('form[action="?/newsletter"]')
    await form.getByLabel('E-post').fill(email)
    // People take a few seconds; the form refuses anything faster as automated.
    await page.waitForTimeout(3_100)
    await form.getByRole('button', { name: 'Meld meg på' }).click()
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Sjekk e-posten din')
    // The CMS answers at once and does the work in its job queue (worked every ten seconds).
    await expect
      .poll(async () => (await subscribersFor(email))[0], { timeout: 45_000, interval: 500 })
      .toMatchObject({ status: 'pending' })

    const [mail] = await readMail(inject('mailboxUrl'), email, { timeoutMs: 30_000 })
    expect(mail?.subject).toBe('Bekreft påmeldingen til nyhetsbrevet fra Datakollektivet')
    const confirmLink = linkIn(mail, '/nyhetsbrev/bekreft')
    const unsubscribeLink = linkIn(mail, '/nyhetsbrev/avmeld')

    // Opening the link changes nothing (mail scanners open links); the button does.
    const response = await page.goto(confirmLink)
    expect(response?.headers()['cache-control']).toBe('no-store')
    expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('same-origin')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Bekreft påmeldingen')
    expect((await subscribersFor(email))[0]).toMatchObject({ status: 'pending' })
    await page.getByRole('button', { name: 'Bekreft påmeldingen' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Takk, du er påmeldt')
    expect((await subscribersFor(email))[0]).toMatchObject({ status: 'confirmed' })

    // The link works once.
    await page.goto(confirmLink)
    await page.getByRole('button', { name: 'Bekreft påmeldingen' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Lenken virker ikke')

    await page.goto(unsubscribeLink)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Meld deg av nyhetsbrevet',
    )
    await page.getByRole('button', { name: 'Meld meg av' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Du er meldt av')
    expect(await subscribersFor(email)).toHaveLength(0)
    await page.context().close()
  })

  it('says at once that a broken link does not work, without a button', async () => {
    const page = await openPage('/nyhetsbrev/bekreft?token=ikke-et-token', {
      javaScriptEnabled: false,
    })
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Lenken virker ikke')
    expect(await page.getByRole('button').count()).toBe(0)
    await page.context().close()
  })
})
