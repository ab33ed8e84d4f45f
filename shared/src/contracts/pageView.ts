import { z } from 'zod'

import { pageSchema } from '../page.ts'
import { siteSettingsSchema } from '../siteSettings.ts'

/** GET /api/pages/view/:slug: everything one page view needs, in one response. */
export function pageViewSchema(onSkip?: (reason: string, block: unknown) => void) {
  return z.object({
    page: pageSchema(onSkip).nullable(),
    settings: siteSettingsSchema,
    /** The sign-up form's choices; empty unless the page has the form. */
    interestOptions: z.array(z.object({ key: z.string(), label: z.string() })),
  })
}

export type PageView = z.infer<ReturnType<typeof pageViewSchema>>

/** GET /api/pages?select[slug]=true&select[updatedAt]=true: the sitemap's list. */
export const pageListSchema = z.object({
  docs: z.array(
    z.object({
      slug: z.string(),
      updatedAt: z.string(),
      seo: z.object({ noIndex: z.boolean().nullish() }).nullish(),
    }),
  ),
})
