import type { Page, SiteSettings } from '@dk/shared'

export type Seo = {
  title: string
  description: string
  canonical: string
  image?: string
  noIndex: boolean
}

/**
 * Title, description and sharing data for a page, falling back to the site's defaults. Absolute
 * URLs use `origin`, the configured public origin (env.ts), never the request's Host.
 */
export function seoFor(page: Page, settings: SiteSettings, path: string, origin: string): Seo {
  const defaults = settings.defaultSeo
  const title =
    page.seo?.title ||
    (page.slug === 'forside' ? defaults.title : `${page.title} – ${settings.siteName}`)
  const image = [page.seo?.image, defaults.image].find(
    (candidate) => typeof candidate === 'object' && candidate?.url,
  )
  // The sharing crop (1200×630) the media collection makes, else the original (an image stored
  // before the crop existed, or one Payload made no crop of).
  const imageUrl = typeof image === 'object' ? image?.sizes?.og?.url || image?.url : undefined
  return {
    title,
    description: page.seo?.description || defaults.description,
    canonical: new URL(path, origin).href,
    image: imageUrl ? new URL(imageUrl, origin).href : undefined,
    noIndex: Boolean(page.seo?.noIndex),
  }
}
