/**
 * The address web serves a CMS page at, asked of web itself over HTTP: web answers the front
 * page's own slug with a redirect to `/`, every other page at `/<slug>`. Scripts learn this the way
 * a visitor does, without importing web's code.
 */
export async function pageRoute(webUrl: string, slug: string): Promise<string> {
  const path = `/${slug}`
  const response = await fetch(new URL(path, webUrl), {
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  })
  await response.arrayBuffer()
  const location = response.headers.get('location')
  const toFront =
    response.status >= 300 &&
    response.status < 400 &&
    location !== null &&
    new URL(location, webUrl).pathname === '/'
  return toFront ? '/' : path
}
