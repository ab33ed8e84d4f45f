import { pageList } from '#lib/server/content/content.ts'
import { env } from '#lib/server/env.ts'
import { frontPageSlug } from '#lib/server/content/frontPage.ts'

const escapeXml = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  )

export async function GET() {
  const { publicOrigin } = env()
  const pages = (await pageList()).filter((page) => !page.seo?.noIndex)
  const entries = pages.map((page) => {
    const path = page.slug === frontPageSlug ? '/' : `/${page.slug}`
    return `  <url><loc>${escapeXml(new URL(path, publicOrigin).href)}</loc><lastmod>${escapeXml(page.updatedAt)}</lastmod></url>`
  })
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`
  return new Response(body, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
