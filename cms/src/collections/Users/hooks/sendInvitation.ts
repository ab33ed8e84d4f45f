import type { CollectionAfterChangeHook } from 'payload'

import { isAdmin } from '../../../access/roles'
import type { User } from '../../../payload-types'
import {
  invitationEmailHtml,
  invitationExpirationMs,
  invitationSubject,
} from '../emails/invitationEmail'

/**
 * An administrator who creates an account invites its owner: the mail carries a one-time link to
 * choose a password (Payload's reset token, valid longer than a forgotten-password link). Accounts
 * made without a person behind them (the seed, scripts) and the service account get no mail.
 */
export const sendInvitation: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !isAdmin(req.user)) return doc
  if (doc.roles?.includes('service')) return doc
  // Same transaction as the create: the token is stored with the new account or not at all.
  const token = await req.payload.forgotPassword({
    collection: 'users',
    data: { email: doc.email },
    disableEmail: true,
    expiration: invitationExpirationMs,
    req,
  })
  if (!token) throw new Error('fant ikke den nye brukeren for invitasjonen')
  await req.payload.sendEmail({
    to: doc.email,
    subject: invitationSubject,
    html: invitationEmailHtml(token),
  })
  return doc
}
