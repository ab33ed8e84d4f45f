import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, cms, cmsLogin, openPage } from './helpers.ts'

afterAll(closeBrowser)

describe('the "Bygg med oss" form', () => {
  let adminToken: string
  beforeAll(async () => {
    adminToken = await cmsLogin(inject('admin').email, inject('admin').password)
  })

  const submissionsFor = async (email: string) =>
    (await cms(`/form-submissions?where[email][equals]=${encodeURIComponent(email)}`, adminToken))
      .docs

  it('stores a submission exactly once, without JavaScript, and says thank you', async () => {
    const page = await openPage('/bygg-med-oss', { javaScriptEnabled: false })
    const email = `kari-${crypto.randomUUID().slice(0, 8)}@example.org`
    await page.getByLabel('Navn').fill('Kari Nordmann')
    await page.getByLabel('E-post', { exact: false }).first().fill(email)
    await page.getByLabel('Drift').check()
    await page.getByLabel('Melding').fill('Jeg kan Ansible.')
    // People take a few seconds; the form refuses anything faster as automated.
    await page.waitForTimeout(3_100)
    await page.getByRole('button', { name: 'Send inn' }).click()
    await expect.poll(() => page.getByRole('status').count()).toBe(1)

    const stored = await submissionsFor(email)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({
      name: 'Kari Nordmann',
      email,
      interests: ['drift'],
      message: 'Jeg kan Ansible.',
      status: 'new',
      sourcePage: '/bygg-med-oss',
    })
    await page.context().close()
  })

  it('keeps the input and marks each wrong field for screen readers', async () => {
    const page = await openPage('/bygg-med-oss', { javaScriptEnabled: false })
    await page.getByLabel('Navn').fill('Ola')
    await page.getByLabel('E-post', { exact: false }).first().fill('ikke-en-adresse')
    await page.getByRole('button', { name: 'Send inn' }).click()
    await page.waitForURL(/bygg-med-oss/)
    const email = page.locator('#signup-email')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    expect(await email.getAttribute('aria-describedby')).toBe('email-error')
    expect(await page.locator('#email-error').innerText()).not.toBe('')
    expect(await page.locator('#signup-name').inputValue()).toBe('Ola')
    expect(await page.locator('#signup-name').getAttribute('aria-invalid')).toBeNull()
    expect(await page.getByRole('alert').count()).toBeGreaterThan(0)
    await page.context().close()
  })
})
