import { cmsAnswers } from '#lib/server/cms.ts'
import { outbox } from '#lib/server/outbox/index.ts'

/**
 * Readiness: 200 when the CMS answers; the site still serves cached pages when it does not.
 * `outbox` counts accepted submissions still waiting for the CMS (safe on disk) and those the CMS
 * refused (kept in OUTBOX_DIR/rejected for an operator: they hold personal data, see to them).
 */
export async function GET() {
  const [cms, backlog] = await Promise.all([
    cmsAnswers(),
    outbox()
      .backlog()
      .catch(() => null),
  ])
  return Response.json(
    { cms: cms ? 'ok' : 'unreachable', outbox: backlog },
    { status: cms ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
