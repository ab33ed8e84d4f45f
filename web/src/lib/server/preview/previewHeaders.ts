import { previewPathPrefix } from '@dk/shared'

export const isPreviewPath = (pathname: string) => pathname.startsWith(`${previewPathPrefix}/`)

/** The origin allowed to frame the preview: the admin's, or the site's own when unset. */
export function adminOrigin(cmsPublicUrl: string | undefined, siteOrigin: string): string {
  return cmsPublicUrl ? new URL(cmsPublicUrl).origin : siteOrigin
}

/**
 * The live preview is the one route the admin may show in a frame: its CSP names the admin's
 * origin in frame-ancestors (every other route keeps 'none'), and it sends neither
 * X-Frame-Options (a proxy's SAMEORIGIN default would break a separate CMS domain) nor a
 * cross-origin opener policy (the admin can open it as a popup and talk to it). A draft is never
 * stored by a cache or indexed, whatever the status.
 */
export function applyPreviewHeaders(headers: Headers, frameAncestor: string): void {
  const csp = headers.get('content-security-policy')
  if (csp) {
    headers.set(
      'content-security-policy',
      csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${frameAncestor}`),
    )
  }
  headers.delete('x-frame-options')
  headers.delete('cross-origin-opener-policy')
  headers.set('cache-control', 'no-store, private')
  headers.set('x-robots-tag', 'noindex, nofollow')
}
