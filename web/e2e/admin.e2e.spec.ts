// The admin as an editor uses it, in real Chromium against the production builds: edit and
// publish a problem card, reorder cards by dragging, save a page with a card grid and still see
// new cards and the list's order, and find no way to the form submissions.
// Everything changed is put back afterwards: other test files check the seeded copy.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { dragRow, listedIds } from '@dk/testing/adminUi'

import { closeBrowser, cms, cmsLogin, openAdminAsNewEditor } from './helpers.ts'

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
  let restorePage: { id: number; layout: unknown } | undefined
  let newCardId: number | undefined

  beforeAll(async () => {
    ;({ adminToken, editor, page } = await openAdminAsNewEditor({ width: 1280, height: 800 }))
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
    if (newCardId) await cms(`/problem-cards/${newCardId}`, editorToken, { method: 'DELETE' })
    if (restorePage)
      await cms(`/pages/${restorePage.id}`, editorToken, {
        method: 'PATCH',
        body: JSON.stringify({ layout: restorePage.layout, _status: 'published' }),
      })
    await page?.context().close()
    if (editor) await cms(`/users/${editor.id}`, adminToken, { method: 'DELETE' })
  })

  const publishedCards = async (): Promise<Card[]> =>
    (await cms('/problem-cards?sort=_order&limit=100&depth=0', adminToken)).docs

  /** Clicks «Publiser endringer» and waits for the save it sends (not an autosave). */
  async function publish(path: string) {
    const saved = page.waitForResponse(
      (response) =>
        response.url().includes(`/api/${path}`) &&
        ['PATCH', 'POST'].includes(response.request().method()) &&
        !response.url().includes('autosave=true'),
    )
    await page.getByRole('button', { name: 'Publiser endringer' }).click()
    const response = await saved
    expect(response.ok(), await response.text()).toBe(true)
    return response
  }

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

  // Issue 20: saving a page once froze its card grid, so new cards and reordering never showed.
  it('publishes a page’s new hero text, then a new card shows on it, and dragging it first moves it first', async () => {
    const bygg = (await cms('/pages?where[slug][equals]=bygg-med-oss&depth=0', adminToken)).docs[0]
    restorePage = { id: bygg.id, layout: bygg.layout }
    const lead = `Ny ingress ${crypto.randomUUID().slice(0, 6)}`

    await page.goto(`${cmsUrl}/admin/collections/pages/${bygg.id}`)
    const leadField = page.locator('#field-layout__0__lead')
    await leadField.waitFor()
    await expect.poll(() => leadField.inputValue(), { timeout: 15_000 }).not.toBe('')
    await leadField.fill(lead)
    await publish(`pages/${bygg.id}`)
    await expect
      .poll(async () => (await fetch(`${inject('webUrl')}/bygg-med-oss`)).text(), {
        timeout: 15_000,
        interval: 200,
      })
      .toContain(lead)

    const title = `Nytt kort ${crypto.randomUUID().slice(0, 6)}`
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/create`)
    const titleField = page.locator('#field-title')
    await titleField.waitFor()
    await titleField.fill(title)
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type('Et kort lagt til etter at siden ble lagret.')
    // Creating it may first store a draft (autosave); the card's id is in the address then.
    const created = await publish('problem-cards')
    newCardId = ((await created.json()) as { doc: { id: number } }).doc.id
    await expect.poll(publicCardTitles, { timeout: 15_000, interval: 200 }).toContain(title)
    expect((await publicCardTitles()).at(-1)).toBe(title)

    await page.goto(`${cmsUrl}/admin/collections/problem-cards`)
    await page.locator('tbody td.cell-_dragHandle').first().waitFor()
    const cards = await publishedCards()
    await expect.poll(() => listedIds(page), { timeout: 15_000 }).toEqual(cards.map((c) => c.id))
    expect(cards.at(-1)!.id).toBe(newCardId)
    await dragRow(page, cards.length - 1, 0)
    await expect.poll(async () => (await listedIds(page))[0], { timeout: 15_000 }).toBe(newCardId)
    await expect
      .poll(async () => (await publicCardTitles())[0], { timeout: 15_000, interval: 200 })
      .toBe(title)
  })

  it('shows a grid’s automatic cards as a hint, and a choice of its own only after «Velg kort selv»', async () => {
    const bygg = (await cms('/pages?where[slug][equals]=bygg-med-oss&depth=0', adminToken)).docs[0]
    const grid = bygg.layout.findIndex(
      (block: { blockType: string }) => block.blockType === 'problemCardGrid',
    )
    // Over HTTP too, a REST read with depth=0 gets the grid as stored: no choice, nothing filled in.
    expect(bygg.layout[grid]).toMatchObject({ chooseItems: false, items: [] })
    await page.goto(`${cmsUrl}/admin/collections/pages/${bygg.id}`)
    const hint = page.locator(`.automatic-items[data-path="layout.${grid}.automaticItems"]`)
    await hint.getByRole('listitem').first().waitFor()
    const cards = await publishedCards()
    expect(await hint.getByRole('listitem').allInnerTexts()).toEqual(cards.map((c) => c.title))
    // The hint is no field: the relationship field appears only with the box ticked.
    const choose = page.locator(`#field-layout__${grid}__chooseItems`)
    expect(await choose.isChecked()).toBe(false)
    expect(await page.locator(`#field-layout__${grid}__items`).count()).toBe(0)
    await choose.check()
    await page.locator(`#field-layout__${grid}__items`).waitFor()
    expect(await hint.count()).toBe(0)
    await choose.uncheck()
    await hint.waitFor()
  })

  // «Opprett ny» used to store an empty draft at once, listed by its id («7»).
  it('stores nothing when «Opprett ny» is opened, only when the new card is saved', async () => {
    const count = async () =>
      (await cms('/problem-cards?limit=0&depth=0&draft=true', adminToken)).totalDocs as number
    const before = await count()
    await page.goto(`${cmsUrl}/admin/collections/problem-cards/create`)
    await page.locator('#field-title').waitFor()
    // Longer than an autosave takes: still nothing stored, still the create view.
    await page.waitForTimeout(2_500)
    expect(page.url()).toMatch(/\/create$/)
    expect(await count()).toBe(before)
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
