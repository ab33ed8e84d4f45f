// The screenshots in the editors' guide (docs/redaktor.md), taken from the real admin of a fresh
// production stack with the seeded content, so they can be retaken whenever the admin changes:
//
//   npm run screenshots
//
// Every picture is 1280×800 and shows the admin in Norwegian, as the content team sees it.
import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { dragHandles, logInToAdmin } from '@dk/testing/adminUi'
import { launchBrowser } from '@dk/testing/browser'
import { cmsLogin } from '@dk/testing/cmsLogin'
import { readMail } from '@dk/testing/mailbox'
import { repoRoot } from '@dk/testing/paths'
import { startStack } from '@dk/testing/stack'

export const screenshotDir = join(repoRoot, 'docs', 'screenshots')
const viewport = { width: 1280, height: 800 }

export type Site = {
  cmsUrl: string
  webUrl: string
  admin: { email: string; password: string }
  /** web's service key: submissions are created the way the public form creates them. */
  serviceApiKey: string
  /** Where the stack's mail lands (the reset link is followed like a person would). */
  mailboxUrl: string
}

type Person = { email: string; password: string }

async function api(site: Site, path: string, auth: string, init: RequestInit = {}) {
  const response = await fetch(`${site.cmsUrl}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: auth, ...init.headers },
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

async function adminAuth(site: Site): Promise<string> {
  return `JWT ${await cmsLogin(site.cmsUrl, site.admin)}`
}

async function createPerson(site: Site, auth: string, name: string, role: string) {
  // Reserved example addresses: the stack's mail never leaves the machine, but a picture may.
  const person = {
    email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
    password: randomUUID(),
  }
  const { docs } = await api(site, `/users?where[email][equals]=${person.email}`, auth)
  const data = JSON.stringify({ ...person, name, roles: [role] })
  const { doc } = docs.length
    ? await api(site, `/users/${docs[0].id}`, auth, { method: 'PATCH', body: data })
    : await api(site, '/users', auth, { method: 'POST', body: data })
  return { ...person, id: doc.id as number }
}

async function shoot(page: Page, name: string) {
  // Let transitions and toasts settle so the picture shows a still screen.
  await page.waitForTimeout(600)
  const path = join(screenshotDir, `redaktor-${name}.png`)
  await page.screenshot({ path })
  console.log(`  ${path}`)
}

async function signedIn(browser: Browser, site: Site, person: Person): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'nb-NO' })
  const page = await context.newPage()
  await logInToAdmin(page, site.cmsUrl, person.email, person.password)
  return page
}

export async function takeScreenshots(site: Site) {
  mkdirSync(screenshotDir, { recursive: true })
  const auth = await adminAuth(site)
  const editor = await createPerson(site, auth, 'Rita Redaktør', 'editor')
  const recruiter = await createPerson(site, auth, 'Rune Rekrutterer', 'recruiter')
  const submissions: Record<string, number> = {}
  for (const [name, interests, message] of [
    [
      'Kari Nordmann',
      ['drift'],
      'Jeg har drevet Nextcloud for et borettslag og vil gjerne hjelpe med drift.',
    ],
    ['Ola Nordmann', ['juss'], 'Jeg er jurist og kan se på personvernerklæringen.'],
  ] as const) {
    const { doc } = await api(site, '/form-submissions', `users API-Key ${site.serviceApiKey}`, {
      method: 'POST',
      body: JSON.stringify({
        name,
        email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
        interests,
        message,
        sourcePage: '/bygg-med-oss',
        idempotencyKey: randomUUID(),
      }),
    })
    submissions[name] = doc.id
  }
  // One of them already followed up, so the picture shows what the fields are for.
  await api(site, `/form-submissions/${submissions['Kari Nordmann']}`, auth, {
    method: 'PATCH',
    body: JSON.stringify({ status: 'contacted', assignee: recruiter.id }),
  })

  const browser = await launchBrowser()
  try {
    // Logging in and a forgotten password.
    const visitor = await (await browser.newContext({ viewport, locale: 'nb-NO' })).newPage()
    await visitor.goto(`${site.cmsUrl}/admin/login`)
    await visitor.locator('input[name="email"]').fill(editor.email)
    await shoot(visitor, 'innlogging')
    await visitor.getByRole('link', { name: 'Glemt passord?' }).click()
    await visitor.waitForURL(/\/admin\/forgot/)
    await visitor.locator('input[name="email"]').fill(editor.email)
    await shoot(visitor, 'glemt-passord')
    await visitor.getByRole('button', { name: 'Send inn' }).click()
    const [mail] = await readMail(site.mailboxUrl, editor.email)
    const link = /href="([^"]+\/admin\/reset\/[^"]+)"/.exec(mail!.html)![1]!
    await visitor.goto(link)
    await visitor.locator('input[name="password"]').fill(editor.password)
    await visitor.locator('input[name="confirm-password"]').fill(editor.password)
    await shoot(visitor, 'nytt-passord')
    await visitor.context().close()

    // An editor edits a card, sees the publish menu, schedules, and reads the versions.
    const page = await signedIn(browser, site, editor)
    await page.goto(`${site.cmsUrl}/admin/collections/problem-cards`)
    await dragHandles(page).first().waitFor()
    await shoot(page, 'problemkort-liste')

    // Halfway through a drag: the row follows the mouse and the others make room.
    const handles = dragHandles(page)
    const from = (await handles.nth(2).boundingBox())!
    const to = (await handles.nth(0).boundingBox())!
    const x = from.x + from.width / 2
    await page.mouse.move(x, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(x, from.y + from.height / 2 - 5, { steps: 5 })
    await page.mouse.move(x, to.y + to.height / 2 + 10, { steps: 20 })
    await shoot(page, 'rekkefolge')
    // Cancelled: the guide's pictures leave the seeded order as it was.
    await page.keyboard.press('Escape')
    await page.mouse.up()
    await page.reload()

    const { docs: cards } = await api(
      site,
      '/problem-cards?where[seedKey][equals]=infrastruktur',
      auth,
    )
    await page.locator(`tbody a[href$="/problem-cards/${cards[0].id}"]`).first().click()
    const title = page.locator('#field-title')
    await title.waitFor()
    await title.fill('Infrastruktur, drift og overvåking')
    await shoot(page, 'rediger-kort')

    // The arrow beside the publish button opens scheduling and unpublishing.
    await page.locator('.form-submit .popup-button').first().click()
    await page.locator('#schedule-publish').waitFor()
    await shoot(page, 'publiser-meny')
    await page.locator('#schedule-publish').click()
    await page.locator('.drawer--is-open').waitFor()
    await shoot(page, 'planlegg')
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Publiser endringer' }).click()
    await page.getByText('Infrastruktur, drift og overvåking').first().waitFor()
    const cardUrl = page.url().replace(/\/$/, '')
    await page.goto(`${cardUrl}/versions`)
    await page.locator('table tbody tr').first().waitFor()
    await shoot(page, 'versjoner')
    await page.locator('table tbody tr a').nth(1).click()
    await page
      .getByRole('button', { name: /Gjenopprett/ })
      .first()
      .waitFor()
    await shoot(page, 'versjon-gjenopprett')
    // Restoring makes a draft; the dialog says so.
    await page.getByRole('button', { name: 'Gjenopprett som utkast', exact: true }).click()
    await page.locator('.confirmation-modal').getByText('som et utkast').waitFor()
    await shoot(page, 'gjenopprett-som-utkast')
    await page.getByRole('button', { name: 'Avbryt' }).click()

    // A page: its sections headed by their own headings, and a card grid that shows every card.
    const { docs: byggPages } = await api(site, '/pages?where[slug][equals]=bygg-med-oss', auth)
    await page.goto(`${site.cmsUrl}/admin/collections/pages/${byggPages[0].id}`)
    await page.locator('#field-layout__0__lead').waitFor()
    await shoot(page, 'rediger-side')
    const hint = page.locator('.automatic-items').first()
    await hint.getByRole('listitem').first().waitFor()
    await hint.scrollIntoViewIfNeeded()
    await page.mouse.wheel(0, -200)
    await shoot(page, 'side-kort')
    // The same page's image block: the seeded drawing, its caption and width.
    const imageBlock = page.locator('#field-layout__2__image')
    await imageBlock.scrollIntoViewIfNeeded()
    await page.mouse.wheel(0, -120)
    await shoot(page, 'bildeblokk')

    // The settings, with their live preview: the front page with the draft settings.
    await page.goto(`${site.cmsUrl}/admin/globals/site-settings`)
    await page.locator('#field-footerText').waitFor()
    await page.locator('#live-preview-toggler').click()
    await page.frameLocator('#live-preview-iframe').locator('footer').waitFor()
    await shoot(page, 'innstillinger')

    // An image with its alternative text.
    await page.goto(`${site.cmsUrl}/admin/collections/media/create`)
    const picture = await (await browser.newContext({ viewport })).newPage()
    await picture.goto(`${site.webUrl}/bygg-med-oss`)
    const image = await picture.screenshot({ type: 'png' })
    await picture.context().close()
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bygg-med-oss.png',
      mimeType: 'image/png',
      buffer: image,
    })
    await page
      .getByLabel('Alternativ tekst')
      .fill('Toppen av siden «Bygg med oss» med overskriften «Vi trenger folk som bygger.»')
    await shoot(page, 'bilde-alt')
    await page.context().close()

    // A recruiter reads and follows up what visitors sent in.
    const recruiting = await signedIn(browser, site, recruiter)
    await recruiting.goto(`${site.cmsUrl}/admin/collections/form-submissions`)
    await recruiting.locator('table tbody tr').first().waitFor()
    await shoot(recruiting, 'innsendte-liste')
    await recruiting.goto(
      `${site.cmsUrl}/admin/collections/form-submissions/${submissions['Kari Nordmann']}`,
    )
    await recruiting.getByLabel('Interne notater').fill('Ringte 12.11. Vil starte med backup.')
    await shoot(recruiting, 'innsendt-skjema')
    await recruiting.context().close()

    // An administrator invites a new member of the content team.
    const admin = await signedIn(browser, site, site.admin)
    await admin.goto(`${site.cmsUrl}/admin/collections/users/create`)
    await admin.locator('input[name="email"]').fill('nora@example.org')
    await admin.getByLabel('Navn').fill('Nora Ny')
    // Down far enough to show the roles under the form's password and API key fields.
    await admin.mouse.wheel(0, 260)
    await shoot(admin, 'inviter-bruker')
    await admin.context().close()
  } finally {
    await browser.close()
  }
}

if (import.meta.main) {
  const stack = await startStack({ log: (line) => console.log(line) })
  try {
    console.log('Tar skjermbilder til docs/redaktor.md:')
    await takeScreenshots({
      cmsUrl: stack.cmsUrl,
      webUrl: stack.webUrl,
      admin: stack.admin,
      serviceApiKey: stack.env.CMS_API_KEY!,
      mailboxUrl: stack.mailbox.httpUrl,
    })
  } finally {
    await stack.stop()
  }
}
