import {
  hashNewsletterToken,
  isConfirmationExpired,
  newsletterTokenRequestSchema,
  newsletterTokenSchema,
  type ConfirmResult,
} from '@dk/shared'
import type { Endpoint, PayloadRequest } from 'payload'

import { noStore, serviceJson } from './request'

/**
 * POST /api/newsletter-subscribers/confirm { token }: the visitor pressed "Bekreft" on the page the
 * mail links to. A token works once and until it expires. The answer names no subscriber.
 */
export const confirm: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const input = await serviceJson(req)
    if (input instanceof Response) return input
    const parsed = newsletterTokenRequestSchema.safeParse(input.body)
    if (!parsed.success) return Response.json({ error: 'invalid' }, { status: 400 })
    const result = await confirmToken(req, parsed.data.token)
    return Response.json({ result } satisfies { result: ConfirmResult }, { headers: noStore })
  },
}

async function confirmToken(req: PayloadRequest, token: string): Promise<ConfirmResult> {
  if (!newsletterTokenSchema.safeParse(token).success) return 'invalid'
  const now = new Date()
  const [subscriber] = (
    await req.payload.find({
      collection: 'newsletter-subscribers',
      where: {
        confirmTokenHash: { equals: await hashNewsletterToken(token) },
        status: { equals: 'pending' },
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
  ).docs
  if (!subscriber) return 'invalid'
  if (isConfirmationExpired(subscriber.confirmTokenExpiresAt, now)) return 'expired'
  await req.payload.update({
    collection: 'newsletter-subscribers',
    id: subscriber.id,
    // Single use: the hash goes, so the same link finds nothing next time.
    data: {
      status: 'confirmed',
      confirmedAt: now.toISOString(),
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
    overrideAccess: true,
  })
  return 'confirmed'
}
