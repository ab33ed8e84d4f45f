import {
  confirmationExpiresAt,
  hashNewsletterToken,
  mayResendConfirmation,
  newNewsletterToken,
} from '@dk/shared'
import type { PayloadRequest, TaskConfig } from 'payload'

import { sendConfirmationMail } from '../collections/NewsletterSubscribers/confirmationMail'
import { isUniqueViolation } from '../database/uniqueViolation'

export async function startOptIn(req: PayloadRequest, email: string) {
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
    if (isUniqueViolation(error, 'email', req)) return
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

/**
 * The sign-up's work (write, mail), done in the jobs queue so the endpoint answers new and known
 * addresses at once and alike: its time tells nobody who subscribes. The `newsletter` queue is
 * worked every ten seconds (payload.config.ts); a failed mail is retried.
 */
export const startOptInTask: TaskConfig<{ input: { email: string }; output: object }> = {
  slug: 'startNewsletterOptIn',
  label: 'Send bekreftelse av påmelding til nyhetsbrevet',
  inputSchema: [{ name: 'email', type: 'email', required: true }],
  retries: 3,
  handler: async ({ input, req }) => {
    await startOptIn(req, input.email)
    return { output: {} }
  },
}
