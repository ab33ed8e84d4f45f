import {
  revalidationHeaders,
  revalidationMaxAgeMs,
  revalidationSchema,
  verifyRevalidation,
} from '@dk/shared'
import { error } from '@sveltejs/kit'

import { contentChanged } from '#lib/server/content/content.ts'
import { env } from '#lib/server/env.ts'
import { log } from '#lib/server/log.ts'
import { ReplayGuard } from '#lib/server/guards/replayGuard.ts'

// The CMS signs each call once and never repeats it; the same signature again is a replay, which
// would make web fetch every page again for nothing. Refused with 409 and no work.
const replays = new ReplayGuard()

/** The CMS calls this (signed) after published content changed; web fetches it again at once. */
export async function POST({ request }) {
  const body = await request.text()
  const timestamp = request.headers.get(revalidationHeaders.timestamp)
  const signature = request.headers.get(revalidationHeaders.signature)
  const valid = await verifyRevalidation(env().REVALIDATE_SECRET, { timestamp, signature, body })
  if (!valid || !signature) error(401)
  const change = revalidationSchema.safeParse(JSON.parse(body))
  if (!change.success) error(400)
  if (!replays.firstTime(signature, Number(timestamp) + revalidationMaxAgeMs)) {
    log.warn('revalidate', 'det samme signerte kallet kom en gang til; ignorert')
    error(409)
  }
  log.info('revalidate', `${change.data.source}${change.data.slug ? `/${change.data.slug}` : ''}`)
  await contentChanged()
  return new Response(null, { status: 204 })
}
