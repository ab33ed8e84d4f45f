// The admin as an editor uses it, in real Chromium against the production builds: edit and
// publish a problem card, reorder cards by dragging, and find no way to the form submissions.
// Everything changed is put back afterwards: other test files check the seeded copy.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { dragRow, listedIds, logInToAdmin } from '../../scripts/lib/adminUi.ts'
import { closeBrowser, cms, cmsLogin, createEditor, openPage } from './helpers.ts'

afterAll(closeBrowser)

type Card = { id: number; title: string; _order: string }

/** The problem cards' titles on the public page, top to bottom. */
async function publicCardTitles(): Promise<string[]> {
  const html = await (await fetch(`${inject('webUrl')}/bygg-med-oss`)).text()
  const grid = html.slice(html.indexOf('problem-grid'))
  return [
    ...grid.matchAll(/class="[^"]*\bproblem-card\b[^"]*"[\s\S]*?<h3[^>]*>([^<]*)<\/h3>/g),
  ].map((match) =>
    match[1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  )
}

describe('the admin, as an editor', () => {
  const cmsUrl = inject('cmsUrl')
  let adminToken: string
  let editor: { id: number; email: string; password: string }
  let page: Page
  const restoreTitles = new Map<number, string>()
  let restoreOrder: { moved: Card; after: Card } | undefined

  beforeAll(async () => {
    const admin = inject('admin')
    adminToken = await cmsLogin(admin.email, admin.password)
    editor = await createEditor(adminToken)
    page = await openPage(`${cmsUrl}/admin/login`, { viewport: { width: 1280, height: 800 } })
    await logInToAdmin(page, cmsUrl, editor.email, editor.password)
  })

  afterAll(async () => {
    // As the editor: the card may still be locked to the editor's admin session, and Payload
    // refuses a locked document to everyone else.
    const editorToken = editor && (await cmsLogin(editor.email, editor.password))
    for (const [id, title] of restoreTitles)
      await cms(`/problem-cards/${id}`, editorToken, {
        method: 'PATCH',
        body: JSON.stringify({ title, _status: 'published' }),
      })
    if (restoreOrder)
      await cms('/reorder', editorToken, {
        method: 'POST',
        body: JSON.stringify({
          collectionSlug: 'problem-cards',
          orderableFieldName: '_order',
          docsToMove: [restoreOrder.moved.id],
          newKeyWillBe: 'greater',
          target: { id: restoreOrder.after.id, key: restoreOrder.after._order },
        }),
      })
    await page?.context().close()
    if (editor) await cms(`/users/${editor.id}`, adminToken, { method: 'DELETE' })
  })

  const publishedCards = async (): Promise<Card[]> =>
    (await cms('/problem-cards?sort=_order&limit=100&depth=0', adminToken)).docs

  it('changes a card’s title, publishes it, and the public page shows it', async () => {
    const card = (await publishedCards()).find((each) => each.title === 'Distribuert storage')!
    expect(card, 'the seeded card').toBeDefined()
    const newTitle = `Distribuert lagring ${crypto.randomUUID().slice(0, 6)}`
    expect(await publicCardTitles()).not.toContain(newTitle)

    await page.goto(`${cmsUrl}/admin/collections/problem-cards/${card.id}`)
    const title = page.locator('#field-title')
    // The edit view renders after the page has loaded.
    await title.waitFor()
    await expect.poll(() => title.inputValue(), { timeout: 15_000 }).toBe(card.title)
    await title.fill(newTitle)
    restoreTitles.set(card.id, card.title)
    const saved = page.waitForResponse(
      (response) =>
        response.url().includes(`/api/problem-cards/${card.id}`) &&
        response.request().method() === 'PATCH' &&
        // Drafts autosave while one types; the publish is the save without that flag.
        !response.url().includes('autosave=true'),
    )
    await page.getByRole('button', { name: 'Publiser endringer' }).click()
    expect((await saved).ok()).toBe(true)

    // Bounded wait for the revalidation to reach web; how fast is the bench's business.
    await expect.poll(publicCardTitles, { timeout: 15_000, interval: 200 }).toContain(newTitle)
  })

  it('reorders two cards by dragging, and the public page follows', async () => {
    await page.goto(`${cmsUrl}/admin/collections/problem-cards`)
    await page.locator('tbody td.cell-_dragHandle').first().waitFor()
    const cards = await publishedCards()
    // The list may still be re-rendering after load; read it until it settles.
    await expect
      .poll(async () => (await listedIds(page)).slice(0, 2), { timeout: 15_000 })
      .toEqual([cards[0]!.id, cards[1]!.id])
    const [first, second] = [cards[0]!, cards[1]!]
    const before = await publicCardTitles()
    expect(before.indexOf(first.title)).toBeLessThan(before.indexOf(second.title))

    await dragRow(page, 1, 0)
    restoreOrder = { moved: first, after: second }
    // Restoring puts the first card back behind the second: it needs the second's new key.
    await expect
      .poll(async () => (await listedIds(page)).slice(0, 2), { timeout: 15_000 })
      .toEqual([second.id, first.id])
    const reordered = await publishedCards()
    restoreOrder = { moved: first, after: reordered.find((card) => card.id === second.id)! }
    expect(reordered.slice(0, 2).map((card) => card.id)).toEqual([second.id, first.id])

    await expect
      .poll(
        async () => {
          const titles = await publicCardTitles()
          return titles.indexOf(second.title) < titles.indexOf(first.title)
        },
        { timeout: 15_000, interval: 200 },
      )
      .toBe(true)
  })

  it('cannot open the form submissions, and the menu does not offer them', async () => {
    await page.goto(`${cmsUrl}/admin`)
    const collectionLinks = page.locator('nav a[href^="/admin/collections/"]')
    await collectionLinks.first().waitFor({ state: 'attached' })
    const hrefs = await collectionLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    )
    expect(hrefs).toContain('/admin/collections/problem-cards')
    expect(hrefs.some((href) => href?.includes('form-submissions'))).toBe(false)

    const response = await page.goto(`${cmsUrl}/admin/collections/form-submissions`)
    expect(response?.status()).toBe(404)
    // Payload's "not found" view (rendered after the page has loaded), not the list.
    await page.getByRole('heading', { name: 'Ingenting funnet' }).waitFor()
    expect(await page.getByText('Innsendte skjema').count()).toBe(0)
    expect(await page.locator('table').count()).toBe(0)

    // Not through the API behind it either.
    const token = await cmsLogin(editor.email, editor.password)
    const api = await fetch(`${cmsUrl}/api/form-submissions`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(api.status).toBe(403)
  })
})
