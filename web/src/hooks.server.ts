import type { RequestEvent } from '@sveltejs/kit'
import type { Handle, ServerInit } from '@sveltejs/kit/hooks'

import {
  loadSnapshot,
  pageView,
  startChangeStream,
  startPeriodicRefresh,
} from '#lib/server/content/content.ts'
import { renderSource, viewOf } from '#lib/server/content/requestView.ts'
import { env } from '#lib/server/env.ts'
import { formKey, signStartTime } from '#lib/server/signup/startTime.ts'
import { allowImagesFrom } from '#lib/server/guards/imageSources.ts'
import { frontPageSlug } from '#lib/server/content/frontPage.ts'
import { outbox, startOutboxHousekeeping } from '#lib/server/signup/outbox/index.ts'
import {
  adminOrigin,
  applyPreviewHeaders,
  isPreviewPath,
} from '#lib/server/preview/previewHeaders.ts'
import { openKeptPagesDoor, requestOrigin } from '#lib/server/content/keptPagesDoor.ts'
import { prefersPage } from '#lib/server/content/prefersPage.ts'
import { isThanks, signupOutcome } from '#lib/server/signup/signupAction.ts'
import {
  answerVisit,
  RenderedPages,
  reuseOrRender,
  type RenderedPage,
  type Visit,
} from '#lib/server/content/renderedPages.ts'

export const init: ServerInit = async () => {
  env()
  // Before the first request: with the CMS unreachable, the content saved by an earlier run serves.
  await loadSnapshot()
  startPeriodicRefresh()
  // Every published change, from whichever CMS process, as soon as it is committed.
  startChangeStream()
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
/** The thank-you after a sign-up, per content page: a page like the others, kept the same way. */
const keptThanks = new RenderedPages(200)

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

// What the form posts as, and the action reads (signup/readForm.ts); SvelteKit refuses other types
// before the action runs (text/plain aside), so those take SvelteKit's way.
const formTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])

/**
 * A sign-up posted to a content page, answered with the page (a browser without JavaScript, or the
 * form's own script: both ask for HTML): SvelteKit would run the sign-up action and render the page
 * with its outcome. Under the public origin only, as for the kept pages.
 */
const isSignupPagePost = (event: RequestEvent) =>
  event.request.method === 'POST' &&
  event.url.origin === env().publicOrigin &&
  event.route.id === '/[[slug=slug]]' &&
  event.url.search === '?/signup' &&
  !event.isDataRequest &&
  formTypes.has(
    event.request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '',
  ) &&
  prefersPage(event.request.headers.get('accept'))

const visitOf = (ifNoneMatch: string | null | undefined): Visit => ({
  now: Date.now(),
  startedAt: (at) => signStartTime(formKey(), at),
  ifNoneMatch: ifNoneMatch ?? null,
})

/** What every answer gets, whichever way it was made (SvelteKit or the kept-page door). */
function finish(response: Response, pathname: string): Response {
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value)
  const cmsOrigin = adminOrigin(env().CMS_PUBLIC_URL, env().publicOrigin)
  allowImagesFrom(response.headers, cmsOrigin, env().publicOrigin)
  if (isPreviewPath(pathname)) {
    applyPreviewHeaders(response.headers, cmsOrigin)
    return response
  }
  if (
    (response.headers.get('content-type')?.startsWith('text/html') || response.status === 304) &&
    !response.headers.has('cache-control')
  ) {
    // Pages change when editors publish; browsers must ask again rather than show an old copy.
    response.headers.set('Cache-Control', 'no-cache')
  }
  return response
}

export const handle: Handle = async ({ event, resolve }) => {
  // A thank-you is the same page for everyone while the content is unchanged: after the action
  // (run here, once: the page's action returns this same outcome when SvelteKit renders), the kept
  // one serves. Any other outcome, or an action that failed, is SvelteKit's to render as usual.
  if (isSignupPagePost(event)) {
    const source = await renderSource(viewOf(event)).catch(() => undefined)
    if (source && isThanks(await signupOutcome(event).catch(() => undefined))) {
      // A POST's answer is never revalidated: no If-None-Match is honoured.
      const response = await reuseOrRender(
        keptThanks,
        event.url.pathname,
        source,
        () => resolve(event),
        visitOf(null),
      )
      return finish(response, event.url.pathname)
    }
  }
  // Rendering is most of a page's cost; with the content unchanged the last rendering serves.
  // Without content (CMS down, nothing cached) the route renders its error page as usual.
  // The page's load reads the same lookup (viewOf), so the page is rendered from this very source.
  const source =
    isContentPageVisit(event) && (await renderSource(viewOf(event)).catch(() => undefined))
  const response = source
    ? await reuseOrRender(
        renderedPages,
        event.url.pathname,
        source,
        () => resolve(event),
        visitOf(event.request.headers.get('if-none-match')),
      )
    : await resolve(event)
  return finish(response, event.url.pathname)
}

// The same kept pages, answered by server.js before SvelteKit is entered at all: a plain visit
// (GET, no query, no cookie) under the public origin to a path a page is kept for, and only while
// the content it was rendered from is still the current one (pageView waits for fresh content
// after a change was announced, as the hook does). Everything else takes the way through the hook.
openKeptPagesDoor(async (request) => {
  const path = request.url
  if (
    request.method !== 'GET' ||
    !path?.startsWith('/') ||
    path.includes('?') ||
    request.headers.cookie !== undefined ||
    !renderedPages.has(path) ||
    requestOrigin(request.headers, {
      protocolHeader: process.env.PROTOCOL_HEADER,
      hostHeader: process.env.HOST_HEADER,
      portHeader: process.env.PORT_HEADER,
    }) !== env().publicOrigin
  )
    return undefined
  // Kept paths are the route's own (/[[slug=slug]]): '/' or '/<slug>'. A path whose slug this
  // misreads finds other content than the page was rendered from, and so no page.
  const slug = path === '/' ? frontPageSlug : decodeURIComponent(path.slice(1))
  const source = await renderSource(pageView(slug)).catch(() => undefined)
  const page = source && renderedPages.get(path, source)
  if (!page) return undefined
  const answer = answerVisit(page, visitOf(request.headers['if-none-match']))
  if ('held' in answer) {
    const notModified = new Response(null, { status: 304, headers: { etag: answer.held } })
    return { status: 304, headers: [...finish(notModified, path).headers].flat() }
  }
  return {
    status: 200,
    headers: [...keptHeaders(page, path), 'etag', answer.etag],
    body: answer.body,
  }
})

/** A kept page's headers as finish() leaves them on its rendering, worked out once per page. */
const finishedHeaders = new WeakMap<RenderedPage, string[]>()
function keptHeaders(page: RenderedPage, path: string): string[] {
  let headers = finishedHeaders.get(page)
  if (!headers) {
    const finished = finish(new Response(null, { status: 200, headers: page.headers }), path)
    headers = [...finished.headers].filter(([name]) => name !== 'etag').flat()
    finishedHeaders.set(page, headers)
  }
  return headers
}
