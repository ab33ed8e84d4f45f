/**
 * Uploaded images are served by the CMS under its public address (Payload's `serverURL`, so the
 * media URLs web gets are absolute). Under the site's own domain that is 'self'; with the CMS on a
 * domain of its own the page's CSP must name it in img-src. SvelteKit writes the CSP when it
 * builds, without knowing the address, so it is added to each answer here.
 */
export function allowImagesFrom(headers: Headers, cmsOrigin: string, siteOrigin: string): void {
  if (cmsOrigin === siteOrigin) return
  const csp = headers.get('content-security-policy')
  if (!csp) return
  headers.set(
    'content-security-policy',
    csp.replace(/img-src([^;]*)/, (directive, sources: string) =>
      sources.trim().split(/\s+/).includes(cmsOrigin)
        ? directive
        : `img-src${sources} ${cmsOrigin}`,
    ),
  )
}
