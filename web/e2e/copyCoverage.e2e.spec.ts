// Every word a visitor meets must be editable in the CMS. For each published page (and the 404
// page) this collects what the browser shows or reads out (text, labels, placeholders, alt and
// aria texts, the title and description) and checks each piece against every string in the CMS
// data that page is built from: the same page view JSON web renders. Forms are submitted empty
// without JavaScript, so their error messages are checked too. Nothing here names a text: new
// blocks and forms are covered as soon as they render.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, cms, cmsLogin, openPage, publicRoutes } from './helpers.ts'

afterAll(closeBrowser)

/**
 * Text that is not CMS data, each with why. Keep this short: anything else a page shows must come
 * from the CMS.
 */
const allowlist: { text: string; why: string }[] = [
  {
    text: ' – ',
    why: 'joins a page title and the site name in <title> (web/src/lib/server/content/seo.ts); both parts are CMS data',
  },
]

type Piece = { text: string; where: string }

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Every string anywhere in a JSON value (Lexical text nodes included), normalised. */
function strings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const text = normalise(value)
    if (text) into.add(text)
  } else if (Array.isArray(value)) {
    for (const item of value) strings(item, into)
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) strings(item, into)
  }
  return into
}

/** What a visitor sees or hears on the page as it is now. */
function collectPieces(page: Page): Promise<Piece[]> {
  return page.evaluate(() => {
    const pieces: { text: string; where: string }[] = []
    const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
    // Hidden from everyone: not rendered, or hidden from assistive technology and off-screen (the
    // form's honeypot). The skip link is off-screen but read out and shown on focus, so it counts.
    const perceivable = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true }) &&
      !element.closest('[aria-hidden="true"], script, style, noscript, template')
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : ''
      const classes = [...element.classList].map((name) => `.${name}`).join('')
      return `${element.tagName.toLowerCase()}${id}${classes}`
    }

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode as Text
      const parent = node.parentElement
      const text = clean(node.data)
      if (!text || !parent || !perceivable(parent)) continue
      // A textarea's text node is what the visitor typed (sent back after an error), not copy.
      if (parent instanceof HTMLTextAreaElement) continue
      pieces.push({ text, where: describe(parent) })
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (!perceivable(element)) continue
      for (const attribute of ['placeholder', 'aria-label', 'alt', 'title']) {
        const text = clean(element.getAttribute(attribute))
        if (text) pieces.push({ text, where: `${describe(element)}[${attribute}]` })
      }
      if (
        element instanceof HTMLInputElement &&
        ['submit', 'button', 'reset'].includes(element.type)
      ) {
        const text = clean(element.value)
        if (text) pieces.push({ text, where: `${describe(element)}[value]` })
      }
    }
    pieces.push({ text: clean(document.title), where: 'title' })
    for (const meta of document.head.querySelectorAll(
      'meta[name="description"], meta[property="og:title"], meta[property="og:description"], meta[property="og:site_name"]',
    )) {
      const text = clean(meta.getAttribute('content'))
      if (text)
        pieces.push({
          text,
          where: `meta ${meta.getAttribute('name') ?? meta.getAttribute('property')}`,
        })
    }
    return pieces
  })
}

type Result = { covered: Piece[]; allowlisted: Piece[]; uncovered: Piece[] }

/**
 * A piece is covered when it is one of the CMS strings, or (for text the page composes, like the
 * title) when it splits at an allowlisted separator into CMS strings.
 */
function check(pieces: Piece[], corpus: Set<string>): Result {
  const result: Result = { covered: [], allowlisted: [], uncovered: [] }
  const separators = allowlist.map((entry) => entry.text)
  for (const piece of pieces) {
    if (corpus.has(piece.text)) {
      result.covered.push(piece)
      continue
    }
    const composed = separators.find((separator) => {
      const parts = piece.text.split(separator).map(normalise)
      return parts.length > 1 && parts.every((part) => corpus.has(part))
    })
    if (composed) result.allowlisted.push(piece)
    else if (separators.includes(piece.text)) result.allowlisted.push(piece)
    else result.uncovered.push(piece)
  }
  return result
}

function report(route: string, { covered, allowlisted, uncovered }: Result) {
  const total = covered.length + uncovered.length
  const percent = total ? ((covered.length / total) * 100).toFixed(1) : '100.0'
  console.log(
    `copy coverage ${route}: ${percent} % (${covered.length}/${total} pieces from the CMS` +
      `${allowlisted.length ? `, ${allowlisted.length} composed with allowlisted text` : ''})`,
  )
  return uncovered.map((piece) => `${piece.where}: «${piece.text}»`)
}

describe('copy coverage', () => {
  let adminToken: string
  const routes = new Map<string, string>()

  beforeAll(async () => {
    const admin = inject('admin')
    adminToken = await cmsLogin(admin.email, admin.password)
    const { docs } = await cms(
      '/pages?where[_status][equals]=published&limit=100&depth=0&select[slug]=true',
      adminToken,
    )
    for (const { slug } of docs as { slug: string }[])
      routes.set(slug === 'forside' ? '/' : `/${slug}`, slug)
  })

  /** Everything the page is built from, exactly as web receives it. */
  const corpusFor = async (slug: string) =>
    strings(await cms(`/pages/view/${encodeURIComponent(slug)}`, adminToken))

  it('finds every route the site links to among the published pages', () => {
    for (const route of publicRoutes) expect([...routes.keys()]).toContain(route)
  })

  it('shows only CMS text on every published page, before and after its forms are sent empty', async () => {
    const problems: string[] = []
    const altTexts: string[] = []
    for (const [route, slug] of routes) {
      const corpus = await corpusFor(slug)
      const page = await openPage(route, { javaScriptEnabled: false })
      const pieces = await collectPieces(page)
      altTexts.push(...pieces.filter((piece) => piece.where.endsWith('[alt]')).map((p) => p.text))
      problems.push(...report(route, check(pieces, corpus)))

      // Each form once, empty: its error messages must come from the CMS as well.
      const forms = await page.locator('form').count()
      for (let index = 0; index < forms; index++) {
        await page.goto(route)
        const form = page.locator('form').nth(index)
        await Promise.all([
          page.waitForNavigation(),
          form.locator('button[type="submit"], input[type="submit"]').first().click(),
        ])
        const pieces = await collectPieces(page)
        expect(
          pieces.some((piece) => piece.where.includes('error') || piece.where.includes('alert')),
          `${route}: form ${index + 1} sent empty shows no error`,
        ).toBe(true)
        problems.push(...report(`${route} (form ${index + 1} sent empty)`, check(pieces, corpus)))
      }
      await page.context().close()
    }
    expect(problems, 'text on the site that is not CMS data').toEqual([])
    // Images' alt texts are copy too: the seed's image on «Bygg med oss» was among what was checked.
    expect(altTexts).toContain(
      'Tegning av tre kort: Loomio for medlemsdemokrati, Matrix for kommunikasjon og Forgejo for kode.',
    )
  })

  it('notices text that is not CMS data (the check itself can fail)', async () => {
    const corpus = await corpusFor('forside')
    const page = await openPage('/', { javaScriptEnabled: false })
    await page.evaluate(() => {
      const note = document.createElement('p')
      note.textContent = 'Hardkodet tekst'
      document.querySelector('main')!.append(note)
      document.querySelector('main')!.setAttribute('aria-label', 'Hovedinnhold')
    })
    const { uncovered } = check(await collectPieces(page), corpus)
    expect(uncovered.map((piece) => piece.text).sort()).toEqual(['Hardkodet tekst', 'Hovedinnhold'])
    await page.context().close()
  })

  it('shows only CMS text on the 404 page', async () => {
    const corpus = await corpusFor('forside')
    const page = await openPage(`/finnes-ikke-${crypto.randomUUID().slice(0, 8)}`, {
      javaScriptEnabled: false,
    })
    const problems = report('404', check(await collectPieces(page), corpus))
    expect(problems).toEqual([])
    await page.context().close()
  })
})
