import { error, fail, redirect } from '@sveltejs/kit'

import type { NewsletterState } from '#lib/server/newsletter/formState.ts'

import { siteSettings } from '#lib/server/content/content.ts'
import { viewOf } from '#lib/server/content/requestView.ts'
import { env } from '#lib/server/env.ts'
import { handleNewsletter } from '#lib/server/newsletter/newsletter.ts'
import { readForm, unreadableStatus } from '#lib/server/signup/readForm.ts'
import { signupOutcome } from '#lib/server/signup/signupAction.ts'
import { formKey, signStartTime } from '#lib/server/signup/startTime.ts'
import { frontPageSlug } from '#lib/server/content/frontPage.ts'
import { seoFor } from '#lib/server/content/seo.ts'

// Content pages are plain HTML: no client JavaScript at all. The forms work as ordinary POSTs.
export const csr = false

export async function load(event) {
  const { params, url } = event
  if (params.slug === frontPageSlug) redirect(301, '/')
  const [view, settings] = await Promise.all([viewOf(event), siteSettings()])
  if (!view.page) error(404)
  return {
    blocks: view.page.layout,
    interestOptions: view.interestOptions,
    seo: seoFor(view.page, settings, url.pathname, env().publicOrigin),
    startedAt: signStartTime(formKey(), Date.now()),
  }
}

export const actions = {
  // Run once per request: the hook may have run it already (a kept thank-you, hooks.server.ts).
  signup: (event) => signupOutcome(event),
  newsletter: async ({ request, getClientAddress }) => {
    const formData = await readForm(request)
    if (!(formData instanceof FormData))
      return fail(unreadableStatus(formData), {
        newsletter: { error: 'unavailable' } satisfies NewsletterState,
      })
    return handleNewsletter({ formData, clientAddress: getClientAddress() })
  },
}
