// One page-view lookup per request: the hook (kept pages), the page's load and its form actions
// read the same promise, so a request never sees two versions of a page (a change announced
// between two reads) and never asks the cache twice.
import type { PageView, SiteSettings } from '@dk/shared'

import { pageView, siteSettings } from './content.ts'
import { frontPageSlug } from './frontPage.ts'

type ViewEvent = { locals: App.Locals; params: { slug?: string } }

/** The page view of the content page this request is for (the front page at "/"). */
export function viewOf(event: ViewEvent): Promise<PageView> {
  return (event.locals.pageView ??= pageView(event.params.slug ?? frontPageSlug))
}

const sources = new WeakMap<PageView, WeakMap<SiteSettings, object>>()

/**
 * What a content page is rendered from, as one object: the same while its page view and the site
 * settings are the same ones, a new one when either changed (kept pages compare it, renderedPages.ts).
 */
export async function renderSource(view: Promise<PageView>): Promise<object> {
  const [pageContent, settings] = await Promise.all([view, siteSettings()])
  let bySettings = sources.get(pageContent)
  if (!bySettings) sources.set(pageContent, (bySettings = new WeakMap()))
  let source = bySettings.get(settings)
  if (!source) bySettings.set(settings, (source = { view: pageContent, settings }))
  return source
}
