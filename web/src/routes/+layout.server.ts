import { frontPageSlug } from '#lib/server/content/frontPage.ts'
import { pageView } from '#lib/server/content/content.ts'

export async function load({ params }) {
  // The same cached request the page makes: one CMS call per page view, even on a cold cache.
  const { settings } = await pageView(params.slug ?? frontPageSlug)
  return { settings }
}
