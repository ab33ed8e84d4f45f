import { cmsAnswers } from '#lib/server/cms.ts'

/** Readiness: 200 when the CMS answers; the site still serves cached pages when it does not. */
export async function GET() {
  const cms = await cmsAnswers()
  return Response.json(
    { cms: cms ? 'ok' : 'unreachable' },
    { status: cms ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
