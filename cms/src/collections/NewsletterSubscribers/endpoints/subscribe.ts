import {
  confirmationExpiresAt,
  hashNewsletterToken,
  mayResendConfirmation,
  newNewsletterToken,
  newsletterEmailSchema,
} from '@dk/shared'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { sendConfirmationMail } from '../confirmationMail'
import { noStore, serviceJson } from './request'

const bodySchema = z.strictObject({ email: newsletterEmailSchema })

/**
 * POST /api/newsletter-subscribers/subscribe { email }: starts the double opt-in. The answer is the
 * same whether the address was new, pending or already confirmed, so nobody learns who is on the
 * list. A pending address gets a fresh link at most every ten minutes; a confirmed one gets no mail.
 */
export const subscribe: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    const input = await serviceJson(req)
    if (input instanceof Response) return input
    const parsed = bodySchema.safeParse(input.body)
    if (!parsed.success) return Response.json({ error: 'email' }, { status: 400, headers: noStore })
    try {
      await startOptIn(req, parsed.data.email)
    } catch (error) {
      // Database and mail errors quote the address ("Key (email)=…", "550 <…> rejected"), so
      // only the kind of error is logged.
      req.payload.logger.error(
        `nyhetsbrev: påmeldingen kunne ikke fullføres (${error instanceof Error ? error.name : typeof error})`,
      )
      return Response.json({ error: 'unavailable' }, { status: 503, headers: noStore })
    }
    return Response.json({ ok: true }, { status: 202, headers: noStore })
  },
}

async function startOptIn(req: PayloadRequest, email: string) {
  const { payload } = req
  const now = new Date()
  const [existing] = (
    await payload.find({
      collection: 'newsletter-subscribers',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
  ).docs
  if (existing?.status === 'confirmed') return
  if (existing?.status === 'pending' && !mayResendConfirmation(existing.confirmationSentAt, now))
    return

  const confirmToken = newNewsletterToken()
  const unsubscribeToken = newNewsletterToken()
  const data = {
    email,
    status: 'pending' as const,
    confirmTokenHash: await hashNewsletterToken(confirmToken),
    confirmTokenExpiresAt: confirmationExpiresAt(now).toISOString(),
    confirmationSentAt: now.toISOString(),
    unsubscribeTokenHash: await hashNewsletterToken(unsubscribeToken),
    confirmedAt: null,
    unsubscribedAt: null,
  }
  let id: number
  try {
    id = existing
      ? (
          await payload.update({
            collection: 'newsletter-subscribers',
            id: existing.id,
            data,
            overrideAccess: true,
          })
        ).id
      : (await payload.create({ collection: 'newsletter-subscribers', data, overrideAccess: true }))
          .id
  } catch (error) {
    // Two sign-ups for one address at once: the other request created it and sends its mail.
    if (isUniqueViolation(error)) return
    throw error
  }
  try {
    await sendConfirmationMail(payload, { email, confirmToken, unsubscribeToken })
  } catch (error) {
    // No mail left: the visitor may try again at once rather than wait out the resend interval.
    await payload.update({
      collection: 'newsletter-subscribers',
      id,
      data: { confirmationSentAt: null },
      overrideAccess: true,
    })
    throw error
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error &&
    'data' in error &&
    JSON.stringify((error as { data: unknown }).data).includes('email')
  )
}
