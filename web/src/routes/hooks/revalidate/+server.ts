import { revalidationHeaders, revalidationSchema, verifyRevalidation } from '@dk/shared'
import { error } from '@sveltejs/kit'

import { contentChanged } from '#lib/server/cms.ts'
import { env } from '#lib/server/env.ts'
import { log } from '#lib/server/log.ts'

/** The CMS calls this (signed) after published content changed; web fetches it again at once. */
export async function POST({ request }) {
  const body = await request.text()
  const valid = await verifyRevalidation(env().REVALIDATE_SECRET, {
    timestamp: request.headers.get(revalidationHeaders.timestamp),
    signature: request.headers.get(revalidationHeaders.signature),
    body,
  })
  if (!valid) error(401)
  const change = revalidationSchema.safeParse(JSON.parse(body))
  if (!change.success) error(400)
  log.info('revalidate', `${change.data.source}${change.data.slug ? `/${change.data.slug}` : ''}`)
  await contentChanged()
  return new Response(null, { status: 204 })
}
