// Issue 20, in the real admin on the production builds: API keys only for admins to manage, and
// only on the service user; recruiters see interests by name and cannot change what a person wrote.
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, cms, createEditor, openPage, adminSessions } from './helpers.ts'

afterAll(closeBrowser)

const cmsUrl = inject('cmsUrl')
const sessions = adminSessions({ width: 1280, height: 900 })
const { usersToDelete, adminAs, pages } = sessions

/** The account's edit view, once its login fields have rendered. */
async function openUser(page: Page, path: string) {
  await page.goto(`${cmsUrl}/admin/${path}`)
  await page.locator('#field-email').waitFor()
}

describe('API keys in the admin', () => {
  it('an editor gets no API key section on their own account', async () => {
    const editor = await createEditor(sessions.adminToken)
    usersToDelete.push(editor.id)
    const page = await adminAs(editor.email, editor.password)
    await openUser(page, 'account')
    expect(await page.locator('.auth-fields__api-key').count()).toBe(0)
    expect(await page.getByText('Aktiver API-nøkkel').count()).toBe(0)
  })

  it('an admin sees it on the service user only', async () => {
    const page = await adminAs(inject('admin').email, inject('admin').password)
    const users: { id: number; roles: string[] }[] = (
      await cms('/users?limit=100&depth=0', sessions.adminToken)
    ).docs
    const service = users.find((user) => user.roles.includes('service'))!
    const person = users.find((user) => !user.roles.includes('service'))!
    await openUser(page, `collections/users/${service.id}`)
    await page.locator('.auth-fields__api-key').waitFor()
    await openUser(page, `collections/users/${person.id}`)
    expect(await page.locator('.auth-fields__api-key').count()).toBe(0)
  })
})

describe('a recruiter in the admin', () => {
  it('sees interests by name, and cannot change what the person wrote', async () => {
    const email = `kari-${crypto.randomUUID().slice(0, 8)}@example.org`
    // Sent through the public form, like a visitor; people take a few seconds.
    const form = await openPage('/bygg-med-oss', { javaScriptEnabled: false })
    pages.push(form)
    await form.getByLabel('Navn').fill('Kari Nordmann')
    await form.getByLabel('E-post', { exact: false }).first().fill(email)
    await form.getByLabel('Drift').check()
    await form.getByLabel('Melding').fill('Jeg kan Ansible.')
    await form.waitForTimeout(3_100)
    await form.getByRole('button', { name: 'Send inn' }).click()
    await form.getByText('Takk for at du tok kontakt').waitFor()
    const where = `where[email][equals]=${encodeURIComponent(email)}`
    await expect
      .poll(
        async () => (await cms(`/form-submissions?${where}`, sessions.adminToken)).docs.length,
        {
          timeout: 30_000,
          interval: 200,
        },
      )
      .toBe(1)
    const submission = (await cms(`/form-submissions?${where}`, sessions.adminToken)).docs[0]

    const password = crypto.randomUUID()
    const recruiter = await cms('/users', sessions.adminToken, {
      method: 'POST',
      body: JSON.stringify({
        email: `rekrutterer-${password}@test.invalid`,
        password,
        roles: ['recruiter'],
      }),
    })
    usersToDelete.push(recruiter.doc.id)
    const page = await adminAs(recruiter.doc.email, password)

    await page.goto(`${cmsUrl}/admin/collections/form-submissions?${where}`)
    const row = page.locator('tbody tr').filter({ hasText: 'Kari Nordmann' })
    await row.getByText('Drift og infrastruktur').waitFor()
    expect(await row.innerText()).not.toContain('["drift"]')

    await page.goto(`${cmsUrl}/admin/collections/form-submissions/${submission.id}`)
    await page.locator('#field-name').waitFor()
    for (const field of ['#field-name', '#field-email', '#field-message'])
      expect(await page.locator(field).isEditable(), field).toBe(false)
    await page.getByText('Drift og infrastruktur').waitFor()

    await cms(`/form-submissions/${submission.id}`, sessions.adminToken, { method: 'DELETE' })
  })
})
