import { cmsAnswers } from '#lib/server/cms/client.ts'

/**
 * Readiness for anyone (monitoring, Caddy): 200 when the CMS answers, else 503; the site still
 * serves cached pages when it does not. Nothing more: the outbox's counts are for operators only,
 * at /hooks/readyz, which Caddy does not publish.
 */
export async function GET() {
  const cms = await cmsAnswers()
  return new Response(cms ? 'ok\n' : 'unavailable\n', {
    status: cms ? 200 : 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
