import type { RequestEvent } from '@sveltejs/kit'
import type { Handle, ServerInit } from '@sveltejs/kit/hooks'

import { loadSnapshot, pageView, startPeriodicRefresh } from '#lib/server/cms.ts'
import { env } from '#lib/server/env.ts'
import { formKey, signStartTime } from '#lib/server/forms/startTime.ts'
import { frontPageSlug } from '#lib/server/frontPage.ts'
import { outbox, startOutboxHousekeeping } from '#lib/server/outbox/index.ts'
import { adminOrigin, applyPreviewHeaders, isPreviewPath } from '#lib/server/previewHeaders.ts'
import { RenderedPages, reuseOrRender } from '#lib/server/renderedPages.ts'

export const init: ServerInit = async () => {
  env()
  // Before the first request: with the CMS unreachable, the content saved by an earlier run serves.
  await loadSnapshot()
  startPeriodicRefresh()
  // Submissions accepted before a restart, or while the CMS was down, go out now.
  outbox().start()
  startOutboxHousekeeping()
}

// Sent by web itself so they hold behind any proxy. The CSP comes from SvelteKit (vite.config.ts).
const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

const renderedPages = new RenderedPages(200)

/**
 * A plain visit to a content page: the same HTML for everyone while the content is unchanged. Only
 * a visit under the public origin is kept: a page is built from the configured origin anyway, but
 * whatever a forged Host or X-Forwarded-Host could ever change must stay with that one request.
 */
const isContentPageVisit = (event: RequestEvent) =>
  event.request.method === 'GET' &&
  event.url.origin === env().publicOrigin &&
  event.route.id === '/[[slug=slug]]' &&
  event.url.search === '' &&
  !event.isDataRequest

export const handle: Handle = async ({ event, resolve }) => {
  // Rendering is most of a page's cost; with the content unchanged the last rendering serves.
  // Without content (CMS down, nothing cached) the route renders its error page as usual.
  const source =
    isContentPageVisit(event) &&
    (await pageView(event.params.slug ?? frontPageSlug).catch(() => undefined))
  const response = source
    ? await reuseOrRender(
        renderedPages,
        event.url.pathname,
        source,
        () => resolve(event),
        () => signStartTime(formKey(), Date.now()),
      )
    : await resolve(event)
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value)
  if (isPreviewPath(event.url.pathname)) {
    applyPreviewHeaders(response.headers, adminOrigin(env().CMS_PUBLIC_URL, env().publicOrigin))
    return response
  }
  if (
    response.headers.get('content-type')?.startsWith('text/html') &&
    !response.headers.has('cache-control')
  ) {
    // Pages change when editors publish; browsers must ask again rather than show an old copy.
    response.headers.set('Cache-Control', 'no-cache')
  }
  return response
}
