export function GET({ url }) {
  const body = `User-agent: *\nAllow: /\nDisallow: /hooks/\n\nSitemap: ${new URL('/sitemap.xml', url.origin).href}\n`
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
}
