import { changeStreamState, cmsAnswers, contentSource } from '#lib/server/cms.ts'
import { outbox } from '#lib/server/outbox/index.ts'

/**
 * Readiness with details, for operators on the internal network only (Caddy does not publish
 * /hooks/): `outbox` counts accepted submissions still waiting for the CMS (safe on disk) and those
 * the CMS refused (kept in OUTBOX_DIR/rejected for an operator: they hold personal data, see to
 * them before OUTBOX_REJECTED_RETENTION_DAYS deletes them). `content` is `snapshot` while pages
 * saved on disk by an earlier run are served (this process started with the CMS unreachable) and
 * not yet replaced by the CMS's answers, `live` otherwise. `changes.stream` is `connected` while
 * the CMS's change events arrive; `connecting` or `down` (with `since`) means published changes
 * show only through the periodic refresh (entries older than a minute, everything every five).
 */
export async function GET() {
  const [cms, backlog] = await Promise.all([
    cmsAnswers(),
    outbox()
      .backlog()
      .catch(() => null),
  ])
  return Response.json(
    {
      cms: cms ? 'ok' : 'unreachable',
      ...contentSource(),
      changes: changeStreamState(),
      outbox: backlog,
    },
    { status: cms ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
