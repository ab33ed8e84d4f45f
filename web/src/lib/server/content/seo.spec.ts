import { pageSchema, type Media, type Page, type SiteSettings } from '@dk/shared'
import { describe, expect, it } from 'vitest'

import { seoFor } from './seo.ts'

const origin = 'https://datakollektivet.no'

const image = (id: number, name: string, og: boolean): Media => ({
  id,
  alt: 'En tegning',
  url: `/api/media/file/${name}.webp`,
  width: 2400,
  height: 1600,
  sizes: {
    card: { url: `/api/media/file/${name}-640x427.webp`, width: 640, height: 427 },
    wide: { url: `/api/media/file/${name}-1280x853.webp`, width: 1280, height: 853 },
    og: og ? { url: `/api/media/file/${name}-1200x630.webp`, width: 1200, height: 630 } : null,
  },
})

const settings = (defaultImage?: Media) =>
  ({
    siteName: 'Datakollektivet',
    defaultSeo: { title: 'Datakollektivet', description: 'Om oss', image: defaultImage },
  }) as SiteSettings

const page = (seoImage?: Media | number) =>
  ({
    id: 1,
    title: 'Om oss',
    slug: 'om-oss',
    updatedAt: '2026-12-01T10:00:00.000Z',
    layout: [],
    seo: { image: seoImage },
  }) as Page

describe('seoFor', () => {
  it('shares the page’s image as its 1200×630 og crop, absolute', () => {
    const seo = seoFor(page(image(1, 'side', true)), settings(), '/om-oss', origin)
    expect(seo.image).toBe(`${origin}/api/media/file/side-1200x630.webp`)
  })

  it('gets the og crop through the page schema, as the CMS sends it', () => {
    const parsed = pageSchema().parse(page(image(1, 'side', true)))
    const seo = seoFor(parsed, settings(), '/om-oss', origin)
    expect(seo.image).toBe(`${origin}/api/media/file/side-1200x630.webp`)
  })

  it('falls back to the site’s default image, also as its og crop', () => {
    const seo = seoFor(page(), settings(image(2, 'standard', true)), '/om-oss', origin)
    expect(seo.image).toBe(`${origin}/api/media/file/standard-1200x630.webp`)
  })

  it('uses the original when the image has no og crop', () => {
    const seo = seoFor(page(image(1, 'gammel', false)), settings(), '/om-oss', origin)
    expect(seo.image).toBe(`${origin}/api/media/file/gammel.webp`)
  })

  it('shares no image when the page and the site have none, or only an id', () => {
    expect(seoFor(page(), settings(), '/om-oss', origin).image).toBeUndefined()
    expect(seoFor(page(7), settings(), '/om-oss', origin).image).toBeUndefined()
  })

  it('keeps the title, description and canonical address', () => {
    const seo = seoFor(page(), settings(), '/om-oss', origin)
    expect(seo).toMatchObject({
      title: 'Om oss – Datakollektivet',
      description: 'Om oss',
      canonical: `${origin}/om-oss`,
      noIndex: false,
    })
  })
})
