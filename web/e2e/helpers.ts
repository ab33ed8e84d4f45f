import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject } from 'vitest'

import { logInToAdmin } from '@dk/testing/adminUi'
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

/**
 * The admin's token and a fresh editor's, for the tests of the describe block it is called in:
 * the editor is made before them and deleted after. Read the tokens inside the tests.
 */
export function editorSession(): { adminToken: string; editorToken: string } {
  const session = { adminToken: '', editorToken: '' }
  let editorId: number | undefined
  beforeAll(async () => {
    const admin = inject('admin')
    session.adminToken = await cmsLogin(admin.email, admin.password)
    const editor = await createEditor(session.adminToken)
    editorId = editor.id
    session.editorToken = await cmsLogin(editor.email, editor.password)
  })
  afterAll(async () => {
    if (editorId !== undefined)
      await cms(`/users/${editorId}`, session.adminToken, { method: 'DELETE' })
  })
  return session
}

/**
 * The admin's token, a fresh editor, and the admin UI opened and logged in as that editor: the
 * set-up of the admin browser tests. The caller deletes the editor and closes the page after.
 */
export async function openAdminAsNewEditor(viewport: { width: number; height: number }) {
  const admin = inject('admin')
  const adminToken = await cmsLogin(admin.email, admin.password)
  const editor = await createEditor(adminToken)
  const cmsUrl = inject('cmsUrl')
  const page = await openPage(`${cmsUrl}/admin/login`, { viewport })
  await logInToAdmin(page, cmsUrl, editor.email, editor.password)
  return { adminToken, editor, page }
}

/**
 * Admin UI sessions for a test file: the admin's token, `adminAs` to open the admin logged in as
 * anyone, `usersToDelete` for the accounts a test makes and `pages` for other pages it opens.
 * Everything is closed and deleted after.
 */
export function adminSessions(viewport: { width: number; height: number }) {
  const sessions = {
    adminToken: '',
    usersToDelete: [] as number[],
    /** Pages closed after the tests (`adminAs` adds its own). */
    pages: [] as Page[],
    async adminAs(email: string, password: string): Promise<Page> {
      const cmsUrl = inject('cmsUrl')
      const page = await openPage(`${cmsUrl}/admin/login`, { viewport })
      sessions.pages.push(page)
      await logInToAdmin(page, cmsUrl, email, password)
      return page
    },
  }
  beforeAll(async () => {
    const admin = inject('admin')
    sessions.adminToken = await cmsLogin(admin.email, admin.password)
  })
  afterAll(async () => {
    for (const page of sessions.pages) await page.context().close()
    for (const id of sessions.usersToDelete) {
      await cms(`/users/${id}`, sessions.adminToken, { method: 'DELETE' })
    }
  })
  return sessions
}

/** A page of the web under test, fetched as a visitor without a browser would. */
export const webPage = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${inject('webUrl')}${path}`, { headers })

const startTimes = /(name="startedAt" value=")[\w.-]*(")/g
/** The HTML without the forms' start times, the one part that differs per visit. */
export const withoutStartTimes = (html: string) => html.replace(startTimes, '$1$2')

/** Headers that belong to the connection or the moment, not to the page. */
const perAnswer = new Set([
  'date',
  'etag',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
])
/** An answer's headers that belong to the page (what a kept answer must share with a render). */
export const pageHeaders = (response: Response) =>
  [...response.headers].filter(([name]) => !perAnswer.has(name))

/** Whether `text` shows on the page at `path` within `timeoutMs` (a published change arriving). */
export async function showsWithin(path: string, text: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if ((await (await webPage(path)).text()).includes(text)) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

/**
 * Opens the page's block picker («Legg til Seksjon») and waits for the block named `label` in it.
 * The button does nothing until the admin's form is live, so it is pressed again until the
 * picker shows.
 */
export async function openBlockPicker(page: Page, label: string) {
  const choice = page.locator('.blocks-drawer__block').filter({ hasText: new RegExp(`^${label}$`) })
  await expect
    .poll(
      async () => {
        if (!(await choice.isVisible()))
          await page
            .getByRole('button', { name: 'Legg til Seksjon' })
            .click({ timeout: 2_000 })
            .catch(() => {})
        return choice.isVisible()
      },
      { timeout: 20_000, interval: 1_000 },
    )
    .toBe(true)
  return choice
}
