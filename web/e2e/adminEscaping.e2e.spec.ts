// What a visitor types is shown to recruiters as text: markup in a submission never runs in the
// admin (Payload's React renders it escaped), in the list, the edit view or its title.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'

import { closeBrowser, cms, cmsLogin, openPage } from './helpers.ts'

const name = '<img src=x onerror="window.__xss=1;alert(1)"> Kari'
const message = '<script>window.__xss=2;alert(2)</script><b>fet?</b> & "sitat"'

// The admin renders on the client; on a busy machine its first view takes a while.
const slow = { timeout: 30_000 }

afterAll(closeBrowser)

describe('a submission with markup, in the admin', () => {
  let token: string
  let id: number
  const dialogs: string[] = []

  beforeAll(async () => {
    token = await cmsLogin(inject('admin').email, inject('admin').password)
    const created = await cms('/form-submissions', token, {
      method: 'POST',
      body: JSON.stringify({
        name,
        email: `markup-${crypto.randomUUID().slice(0, 8)}@example.org`,
        message,
      }),
    })
    id = created.doc.id
  })
  afterAll(() => cms(`/form-submissions/${id}`, token, { method: 'DELETE' }))

  /** The admin, logged in as the stack's administrator, watching for any script the text runs. */
  async function openAdmin(path: string): Promise<Page> {
    const page = await openPage('about:blank', { baseURL: inject('cmsUrl') })
    const { hostname } = new URL(inject('cmsUrl'))
    await page
      .context()
      .addCookies([{ name: 'payload-token', value: token, domain: hostname, path: '/' }])
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(path)
    return page
  }

  it('shows it literally in the edit view, and runs nothing', async () => {
    const page = await openAdmin(`/admin/collections/form-submissions/${id}`)
    await expect.poll(() => page.getByLabel(/^Navn/).inputValue(), slow).toBe(name)
    expect(await page.getByLabel('Melding').inputValue()).toBe(message)
    // The title of the document is the name, as text.
    await expect.poll(() => page.getByText(name, { exact: false }).count(), slow).toBeGreaterThan(0)
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss ?? null)).toBeNull()
    expect(dialogs).toEqual([])
    await page.context().close()
  })

  it('shows it literally in the list, with the CSV button for the same filter', async () => {
    const page = await openAdmin(`/admin/collections/form-submissions?where[id][equals]=${id}`)
    const cell = page.getByRole('link', { name: 'Kari' }).first()
    await expect.poll(() => cell.textContent(), slow).toBe(name)
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss ?? null)).toBeNull()
    expect(dialogs).toEqual([])
    const download = page.getByRole('link', { name: 'Last ned som CSV (regneark)' })
    const href = await download.getAttribute('href')
    expect(href).toContain('/api/form-submissions/export.csv?')
    expect(decodeURIComponent(href ?? '')).toContain(`where[id][equals]=${id}`)
    await page.context().close()
  })
})
