import { hashNewsletterToken, isConfirmationExpired, type ConfirmResult } from '@dk/shared'
import type { PayloadRequest } from 'payload'

import { tokenEndpoint } from './tokenEndpoint'

/**
 * POST /api/newsletter-subscribers/confirm { token }: the visitor pressed "Bekreft" on the page the
 * mail links to. A token works once and until it expires. The answer names no subscriber.
 */
export const confirm = tokenEndpoint('confirm', confirmToken)

async function confirmToken(req: PayloadRequest, token: string): Promise<ConfirmResult> {
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
