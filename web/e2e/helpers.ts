import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { inject } from 'vitest'

import { launchBrowser } from '@dk/testing/browser'
import { cmsLogin as logIn } from '@dk/testing/cmsLogin'

export const publicRoutes = [
  '/',
  '/bygg-med-oss',
  '/bli-medlem',
  '/om-oss',
  '/tjenester',
  '/personvern',
]

let browser: Browser | undefined

export async function openPage(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  browser ??= await launchBrowser()
  const context = await browser.newContext({
    baseURL: inject('webUrl'),
    locale: 'nb-NO',
    ...options,
  })
  const page = await context.newPage()
  await page.goto(path)
  return page
}

export async function closeBrowser() {
  await browser?.close()
  browser = undefined
}

/** The text a visitor sees, whitespace folded. */
export async function visibleText(page: Page): Promise<string> {
  return (await page.locator('body').innerText()).replace(/\s+/g, ' ')
}

export const cmsLogin = (email: string, password: string): Promise<string> =>
  logIn(inject('cmsUrl'), { email, password })

export async function cms(path: string, token: string, init: RequestInit = {}): Promise<any> {
  const response = await fetch(`${inject('cmsUrl')}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...init.headers },
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`CMS ${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

/** A fresh CMS user with the role editor, made by the stack's admin (whose token is given). */
export async function createEditor(adminToken: string) {
  const email = `redaktor-${crypto.randomUUID()}@test.invalid`
  const password = crypto.randomUUID()
  const created = await cms('/users', adminToken, {
    method: 'POST',
    body: JSON.stringify({ email, password, roles: ['editor'] }),
  })
  return { id: created.doc.id as number, email, password }
}

export async function controlCms(action: 'stop' | 'start') {
  const response = await fetch(`${inject('controlUrl')}/cms/${action}`, { method: 'POST' })
  if (response.status !== 204) throw new Error(`could not ${action} the CMS`)
}
