import { isPreviewCollection } from '@dk/shared'
import { error } from '@sveltejs/kit'

import { CmsError, readDraftPreview } from '#lib/server/cms/client.ts'
import { env } from '#lib/server/env.ts'
import { formKey, signStartTime } from '#lib/server/signup/startTime.ts'
import { adminOrigin } from '#lib/server/preview/previewHeaders.ts'
import { seoFor } from '#lib/server/content/seo.ts'

// The live preview is the one page with client JavaScript: it listens to the admin and reloads
// the draft after each autosave. Headers (frame-ancestors, no-store, noindex): hooks.server.ts.
export const csr = true

export async function load({ params, url }) {
  const token = url.searchParams.get('token')
  if (!token) error(401)
  if (!isPreviewCollection(params.collection) || !/^\d{1,12}$/.test(params.id)) error(404)
  const outcome = await readDraftPreview(params.collection, params.id, token)
  if (outcome.kind === 'refused') error(outcome.status)
  if (outcome.kind !== 'ok') throw new CmsError('forhåndsvisning', outcome)
  const { page, settings, interestOptions } = outcome.view
  if (!page) error(404)
  return {
    // The preview's own settings (the draft of the settings in their preview, with a page's
    // draft): the layout shows these instead of the published ones (+layout.svelte).
    settings,
    blocks: page.layout,
    interestOptions,
    seo: seoFor(page, settings, url.pathname, env().publicOrigin),
    startedAt: signStartTime(formKey(), Date.now()),
    adminOrigin: adminOrigin(env().CMS_PUBLIC_URL, env().publicOrigin),
  }
}
