import { hashNewsletterToken, type UnsubscribeResult } from '@dk/shared'
import type { PayloadRequest } from 'payload'

import { tokenEndpoint } from './tokenEndpoint'

/**
 * POST /api/newsletter-subscribers/unsubscribe { token }: from the link in every mail. The
 * subscriber is deleted, not kept as "unsubscribed": we keep no address we may not write to.
 */
export const unsubscribe = tokenEndpoint('unsubscribe', unsubscribeToken)

async function unsubscribeToken(req: PayloadRequest, token: string): Promise<UnsubscribeResult> {
  const { docs } = await req.payload.delete({
    collection: 'newsletter-subscribers',
    where: { unsubscribeTokenHash: { equals: await hashNewsletterToken(token) } },
    overrideAccess: true,
  })
  return docs.length > 0 ? 'unsubscribed' : 'invalid'
}
