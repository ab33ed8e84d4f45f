// The page view: web asks the CMS for one published page with everything its rendering needs, and
// for the list of pages (the sitemap). Both are read with web's service user and cached by web.
//
// Answers: 200 with the view (`page` is null when no published page has that slug: web answers
// 404). Anything else, or a body that does not fit, is "unavailable": web keeps serving the last good
// copy (readOutcome in answer.ts).
import { z } from 'zod'

import { pageSchema } from '../page.ts'
import { siteSettingsSchema } from '../siteSettings.ts'

/** The endpoint as the CMS mounts it on the pages collection. */
export const pageViewEndpointPath = '/view/:slug'

/** GET: everything one page view needs, in one response. */
export function pageViewPath(slug: string): string {
  return `/api/pages/view/${encodeURIComponent(slug)}`
}

/** The answer to pageViewPath. */
export function pageViewSchema(onSkip?: (reason: string, block: unknown) => void) {
  return z.object({
    page: pageSchema(onSkip).nullable(),
    settings: siteSettingsSchema,
    /** The sign-up form's choices; empty unless the page has the form. */
    interestOptions: z.array(z.object({ key: z.string(), label: z.string() })),
  })
}

export type PageView = z.infer<ReturnType<typeof pageViewSchema>>

/** GET: every published page's slug and last change, for the sitemap (Payload's own list). */
export const pageListPath =
  '/api/pages?limit=500&depth=0&select[slug]=true&select[updatedAt]=true&select[seo][noIndex]=true'

/** The answer to pageListPath. */
export const pageListSchema = z.object({
  docs: z.array(
    z.object({
      slug: z.string(),
      updatedAt: z.string(),
      seo: z.object({ noIndex: z.boolean().nullish() }).nullish(),
    }),
  ),
})
