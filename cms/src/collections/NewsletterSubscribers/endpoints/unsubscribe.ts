import {
  hashNewsletterToken,
  newsletterTokenRequestSchema,
  newsletterTokenSchema,
  type UnsubscribeResult,
} from '@dk/shared'
import type { Endpoint, PayloadRequest } from 'payload'

import { noStore, serviceJson } from './request'

/**
 * POST /api/newsletter-subscribers/unsubscribe { token }: from the link in every mail. The
 * subscriber is deleted, not kept as "unsubscribed": we keep no address we may not write to.
 */
export const unsubscribe: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const input = await serviceJson(req)
    if (input instanceof Response) return input
    const parsed = newsletterTokenRequestSchema.safeParse(input.body)
    if (!parsed.success) return Response.json({ error: 'invalid' }, { status: 400 })
    const result = await unsubscribeToken(req, parsed.data.token)
    return Response.json({ result } satisfies { result: UnsubscribeResult }, { headers: noStore })
  },
}

async function unsubscribeToken(req: PayloadRequest, token: string): Promise<UnsubscribeResult> {
  if (!newsletterTokenSchema.safeParse(token).success) return 'invalid'
  const { docs } = await req.payload.delete({
    collection: 'newsletter-subscribers',
    where: { unsubscribeTokenHash: { equals: await hashNewsletterToken(token) } },
    overrideAccess: true,
  })
  return docs.length > 0 ? 'unsubscribed' : 'invalid'
}
