// Driving the Payload admin the way a person does, shared by the admin browser test and the
// screenshot script of the editors' guide (docs/redaktor.md).
import type { Page } from 'playwright-core'

/** Logs in through the admin's own login form and waits for the dashboard. */
export async function logInToAdmin(page: Page, cmsUrl: string, email: string, password: string) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page.waitForURL(/\/admin\/?$/)
}

/** The drag handles of an orderable collection's list view, one per row. */
export const dragHandles = (page: Page) =>
  page.locator('tbody td.cell-_dragHandle [aria-roledescription="sortable"]')

/** Ids of the rows in the list view, top to bottom (from the links in the title column). */
export async function listedIds(page: Page): Promise<number[]> {
  const links = page.locator('tbody tr td a[href*="/admin/collections/"]')
  // The rows' drag handles can render before their links do.
  await links.first().waitFor({ state: 'attached' })
  const hrefs = await links.evaluateAll((each) =>
    each.map((link) => link.getAttribute('href') ?? ''),
  )
  return hrefs.map((href) => Number(href.split('/').pop()))
}

/**
 * Drags row `from` onto row `to` by its handle. The list uses dnd-kit, which only reacts to
 * pointer events with movement, so the mouse moves in small steps like a hand would. Resolves once
 * the admin has saved the new order.
 */
export async function dragRow(page: Page, from: number, to: number): Promise<void> {
  const handles = dragHandles(page)
  const start = await handles.nth(from).boundingBox()
  const end = await handles.nth(to).boundingBox()
  if (!start || !end) throw new Error('fant ikke håndtakene i listen')
  const saved = page.waitForResponse(
    (response) => response.url().includes('/api/reorder') && response.request().method() === 'POST',
  )
  const x = start.x + start.width / 2
  const startY = start.y + start.height / 2
  // Aim a little past the target's middle, in the direction of travel, so dnd-kit swaps them.
  const endY = end.y + end.height / 2 + (to < from ? -5 : 5)
  await page.mouse.move(x, startY)
  await page.mouse.down()
  await page.mouse.move(x, startY + (to < from ? -5 : 5), { steps: 5 })
  await page.mouse.move(x, endY, { steps: 20 })
  await page.mouse.up()
  const response = await saved
  if (!response.ok()) throw new Error(`rekkefølgen ble ikke lagret: ${response.status()}`)
}
