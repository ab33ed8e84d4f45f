// Uploaded images on the public site (issue 20), as the browser gets them: `srcset` and `sizes`
// from Payload's image sizes, the upload's width and height (no layout shift), the alt text from
// the image, lazy loading below the page's first block, and the files themselves load (the CSP
// allows the CMS's address).
import { readFile } from 'node:fs/promises'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { richText } from '../../cms/src/seed/lexical.ts'
import { imageSizes } from '../src/lib/images.ts'
import { closeBrowser, cms, cmsLogin, openPage } from './helpers.ts'

afterAll(closeBrowser)

const seededAlt =
  'Tegning av tre kort: Loomio for medlemsdemokrati, Matrix for kommunikasjon og Forgejo for kode.'
const drawing = new URL('../../cms/src/seed/images/verktoy-i-drift.png', import.meta.url)

/** The image's attributes as the server wrote them, and whether the browser could load it. */
async function imageOn(page: Page, selector: string) {
  const image = page.locator(selector)
  await image.scrollIntoViewIfNeeded()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true)
  return image.evaluate((img: HTMLImageElement) =>
    Object.fromEntries(
      ['srcset', 'sizes', 'width', 'height', 'loading', 'decoding', 'fetchpriority', 'alt'].map(
        (name) => [name, img.getAttribute(name)],
      ),
    ),
  )
}

describe('images on the public site', () => {
  let token: string
  const cleanup: string[] = []

  beforeAll(async () => {
    const admin = inject('admin')
    token = await cmsLogin(admin.email, admin.password)
  })

  afterAll(async () => {
    for (const path of cleanup.reverse()) await cms(path, token, { method: 'DELETE' })
  })

  it('shows the seeded drawing on «Bygg med oss» with every size, its size and alt text, lazily', async () => {
    const page = await openPage('/bygg-med-oss')
    expect(await page.locator('img').count()).toBe(1)
    const attributes = await imageOn(page, 'figure.image-block img')
    expect(attributes).toMatchObject({
      alt: seededAlt,
      sizes: imageSizes.text,
      width: '1600',
      height: '560',
      loading: 'lazy',
      decoding: 'async',
      fetchpriority: null,
    })
    expect(attributes.srcset).toMatch(
      /^http\S+-640x224\.webp 640w, http\S+-1280x448\.webp 1280w, http\S+\.webp 1600w$/,
    )
    // Below the first block: the hero comes before it.
    expect(
      await page.evaluate(() => {
        const hero = document.querySelector('.hero')!
        return Boolean(
          hero.compareDocumentPosition(document.querySelector('figure')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
        )
      }),
    ).toBe(true)
    await page.context().close()
  })

  it('loads a first block’s image at once, and shows a card’s image in the grid', async () => {
    const form = new FormData()
    form.append('file', new Blob([await readFile(drawing)], { type: 'image/png' }), 'e2e-bilde.png')
    form.append('_payload', JSON.stringify({ alt: 'Et bilde først på siden' }))
    const upload = await fetch(`${inject('cmsUrl')}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(upload.status).toBe(201)
    const image = ((await upload.json()) as { doc: { id: number } }).doc
    cleanup.push(`/media/${image.id}`)
    const card = await cms('/problem-cards', token, {
      method: 'POST',
      body: JSON.stringify({
        title: 'Kort med bilde',
        description: richText('Et kort.'),
        image: image.id,
        _status: 'published',
      }),
    })
    cleanup.push(`/problem-cards/${card.doc.id}`)
    const slug = `bilder-${crypto.randomUUID().slice(0, 8)}`
    const created = await cms('/pages', token, {
      method: 'POST',
      body: JSON.stringify({
        title: 'Bilder',
        slug,
        _status: 'published',
        layout: [
          { blockType: 'image', image: image.id, width: 'wide' },
          {
            blockType: 'problemCardGrid',
            heading: 'Kort',
            chooseItems: true,
            items: [card.doc.id],
          },
        ],
      }),
    })
    cleanup.push(`/pages/${created.doc.id}`)

    const page = await openPage(`/${slug}`)
    expect(await imageOn(page, 'figure.image-block img')).toMatchObject({
      alt: 'Et bilde først på siden',
      sizes: imageSizes.wide,
      width: '1600',
      height: '560',
      loading: 'eager',
      decoding: null,
      fetchpriority: 'high',
    })
    const cardImage = await imageOn(page, '.problem-card img.card-image')
    expect(cardImage).toMatchObject({
      alt: 'Et bilde først på siden',
      sizes: imageSizes.card,
      width: '1600',
      height: '560',
      loading: 'lazy',
      decoding: 'async',
    })
    expect(cardImage.srcset).toMatch(/ 640w, .* 1280w, .* 1600w$/)
    await page.context().close()
  })
})
