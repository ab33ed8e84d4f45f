// The recruitment overview on the admin's dashboard, in real Chromium against the production
// builds: its numbers match submissions seeded in known states, and an editor sees neither the
// panel nor its numbers. Also takes the pictures in docs/rekruttering.md (UPDATE_SCREENSHOTS=1).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { logInToAdmin } from '@dk/testing/adminUi'
import { dataDir, repoRoot } from '@dk/testing/paths'

import { digestMail } from '../../cms/src/jobs/followUpReminders/digestMail.ts'
import { closeBrowser, cms, cmsLogin, createEditor, openPage } from './helpers.ts'

afterAll(closeBrowser)

// The committed screenshots are retaken only on request, as in livePreview.e2e.spec.ts.
const screenshot = (name: string) => {
  const path =
    process.env.UPDATE_SCREENSHOTS === '1'
      ? join(repoRoot, 'docs', 'screenshots', name)
      : join(dataDir, 'test-results', 'screenshots', name)
  mkdirSync(dirname(path), { recursive: true })
  return path
}

const day = 24 * 60 * 60 * 1000

describe('the recruitment overview', () => {
  const cmsUrl = inject('cmsUrl')
  let adminToken: string
  let recruiter: { id: number; email: string; password: string }
  let editor: { id: number; email: string; password: string }
  const ids: Record<string, number> = {}
  let areas: { key: string; title: string }[]

  async function seed(
    name: string,
    { ageDays, interests, change }: { ageDays: number; interests: string[]; change?: object },
    base: number,
  ) {
    const created = await cms('/form-submissions', adminToken, {
      method: 'POST',
      body: JSON.stringify({
        name,
        email: `${crypto.randomUUID()}@example.org`,
        interests,
        message: 'Testinnsending for oversikten.',
        sourcePage: '/bygg-med-oss',
        idempotencyKey: crypto.randomUUID(),
      }),
    })
    const id = created.doc.id as number
    // The status change first (the history records it now), then the submission is dated back.
    if (change) {
      const recruiterToken = await cmsLogin(recruiter.email, recruiter.password)
      await cms(`/form-submissions/${id}`, recruiterToken, {
        method: 'PATCH',
        body: JSON.stringify(change),
      })
    }
    await cms(`/form-submissions/${id}`, adminToken, {
      method: 'PATCH',
      body: JSON.stringify({ createdAt: new Date(base - ageDays * day).toISOString() }),
    })
    ids[name] = id
  }

  beforeAll(async () => {
    const admin = inject('admin')
    adminToken = await cmsLogin(admin.email, admin.password)
    // Files run one after another: this file starts from no submissions, so it knows every number.
    await cms('/form-submissions?where[id][exists]=true', adminToken, { method: 'DELETE' })
    editor = await createEditor(adminToken)
    const password = crypto.randomUUID()
    const email = `rekrutterer-${crypto.randomUUID()}@example.org`
    const created = await cms('/users', adminToken, {
      method: 'POST',
      body: JSON.stringify({ email, password, name: 'Rita Rekrutterer', roles: ['recruiter'] }),
    })
    recruiter = { id: created.doc.id, email, password }
    const listed = await cms('/contribution-areas?limit=2&sort=_order&depth=0', adminToken)
    areas = listed.docs.map((area: { key: string; title: string }) => area)
    const [a, b] = areas.map((area) => area.key)
    const base = Date.now()
    await seed('Ola Overtid', { ageDays: 6, interests: [a!] }, base)
    await seed(
      'Kari Uten Ansvarlig',
      { ageDays: 10, interests: [a!, b!], change: { status: 'contacted' } },
      base,
    )
    await seed(
      'Per Kontaktet',
      {
        ageDays: 2,
        interests: [],
        change: { status: 'contacted', assignee: recruiter.id },
      },
      base,
    )
    await seed('Nina Ny', { ageDays: 0, interests: [b!] }, base)
    await seed('Søppel Søppelsen', { ageDays: 0, interests: [], change: { status: 'spam' } }, base)
  })

  afterAll(async () => {
    await cms('/form-submissions?where[id][exists]=true', adminToken, { method: 'DELETE' })
    for (const user of [recruiter, editor]) {
      if (user) await cms(`/users/${user.id}`, adminToken, { method: 'DELETE' })
    }
  })

  /** A table's rows as [heading, number] pairs. */
  const rows = (page: Page, testId: string) =>
    page
      .getByTestId(testId)
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('th')?.textContent?.trim() ?? '',
          Number(tr.querySelector('td')?.textContent),
        ]),
      )

  it('shows a recruiter numbers that match the submissions', async () => {
    const page = await openPage(`${cmsUrl}/admin/login`, {
      viewport: { width: 1280, height: 1400 },
    })
    await logInToAdmin(page, cmsUrl, recruiter.email, recruiter.password)
    const panel = page.getByTestId('recruitment-overview')
    await panel.getByRole('heading', { name: 'Oversikt over rekrutteringen' }).waitFor()

    expect(await panel.getByTestId('overdue-count').textContent()).toBe('2')
    const overdue = await panel
      .getByTestId('overview-overdue')
      .locator('li a')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]))
    expect(overdue).toEqual([
      ['Kari Uten Ansvarlig', `/admin/collections/form-submissions/${ids['Kari Uten Ansvarlig']}`],
      ['Ola Overtid', `/admin/collections/form-submissions/${ids['Ola Overtid']}`],
    ])

    expect(await rows(page, 'overview-statuses')).toEqual([
      ['Ny', 2],
      ['Kontaktet', 2],
      ['Kommet i gang', 0],
      ['Avslått / trakk seg', 0],
      ['Søppel', 1],
    ])

    const areaRows = await rows(page, 'overview-areas')
    expect(areaRows).toContainEqual([areas[0]!.title, 2])
    expect(areaRows).toContainEqual([areas[1]!.title, 2])
    expect(areaRows).toContainEqual(['Ingen valgt', 2])

    const weeks = await rows(page, 'overview-weeks')
    expect(weeks).toHaveLength(12)
    expect(weeks.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(5)

    // Contacted after 10 days, 2 days and at once (marked as spam): the median is 2 days.
    expect(await panel.getByTestId('median-first-contact').textContent()).toBe('Median 2 dager')
    await panel.getByText('3 av 5 innsendte skjema').waitFor()

    await panel.screenshot({ path: screenshot('rekruttering-oversikt.png') })
    await page.context().close()
  })

  it('shows the status history read-only in a submission’s sidebar', async () => {
    const page = await openPage(`${cmsUrl}/admin/login`, {
      viewport: { width: 1280, height: 1000 },
    })
    await logInToAdmin(page, cmsUrl, recruiter.email, recruiter.password)
    await page.goto(`${cmsUrl}/admin/collections/form-submissions/${ids['Per Kontaktet']}`)
    const history = page.getByRole('region', { name: 'Historikk' })
    await history.waitFor()
    const text = (await history.innerText()).replace(/\s+/g, ' ')
    expect(text).toContain('Tid til første kontakt: 2 dager')
    expect(text).toContain('Rita Rekrutterer:')
    expect(text).toContain('Status: Ny → Kontaktet')
    expect(text).toContain('Ansvarlig: ingen → Rita Rekrutterer')
    // Nothing in it to edit.
    expect(await history.locator('input, textarea, select, button').count()).toBe(0)

    // The areas a recruiter follows are chosen on their own account.
    await page.goto(`${cmsUrl}/admin/account`)
    await page.getByText('Bidragsområder jeg følger').first().waitFor()
    await page.context().close()
  })

  it('shows an editor neither the panel nor its numbers', async () => {
    const page = await openPage(`${cmsUrl}/admin/login`, {
      viewport: { width: 1280, height: 800 },
    })
    await logInToAdmin(page, cmsUrl, editor.email, editor.password)
    await page.locator('nav a[href="/admin/collections/problem-cards"]').first().waitFor()
    expect(await page.getByTestId('recruitment-overview').count()).toBe(0)
    expect(await page.getByRole('heading', { name: 'Rekruttering' }).count()).toBe(0)
    expect(await page.getByText('Tid til første kontakt').count()).toBe(0)
    // Nor the recruiters' choice of areas on their own account.
    await page.goto(`${cmsUrl}/admin/account`)
    await page.locator('input[name="email"]').waitFor()
    expect(await page.getByText('Bidragsområder jeg følger').count()).toBe(0)
    await page.context().close()

    const token = await cmsLogin(editor.email, editor.password)
    const api = await fetch(`${cmsUrl}/api/form-submissions/overview`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(api.status).toBe(403)
  })

  it('renders one digest mail (the picture in the recruiters’ guide)', async () => {
    const mail = digestMail(
      {
        to: { id: recruiter.id, email: recruiter.email },
        own: [ids['Ola Overtid']!],
        unassigned: [ids['Kari Uten Ansvarlig']!],
      },
      {
        day: new Date().toISOString().slice(0, 10),
        days: 3,
        submissionLink: (id) => `${cmsUrl}/admin/collections/form-submissions/${id}`,
        overviewLink: `${cmsUrl}/admin`,
      },
    )
    const file = join(dataDir, 'test-results', 'digest-mail.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, mail.html)
    const page = await openPage(`file://${file}`, { viewport: { width: 800, height: 520 } })
    await page.getByRole('heading', { name: /Tildelt deg/ }).waitFor()
    expect(await page.locator('a').count()).toBe(3)
    await page.screenshot({ path: screenshot('rekruttering-paaminnelse.png') })
    await page.context().close()
  })
})
