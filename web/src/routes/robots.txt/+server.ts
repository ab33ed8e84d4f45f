import { env } from '#lib/server/env.ts'

export function GET() {
  const body = `User-agent: *\nAllow: /\nDisallow: /hooks/\n\nSitemap: ${new URL('/sitemap.xml', env().publicOrigin).href}\n`
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
}
