import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { passwordMatches, type StoredPassword } from '../../../auth/password'
import type { User } from '../../../payload-types'

export const currentPasswordMessages = {
  missing: 'Skriv inn det nåværende passordet ditt for å endre e-post eller passord.',
  wrong: 'Det nåværende passordet stemmer ikke.',
}

/**
 * A session alone must not be enough to take an account over for good: whoever changes their own
 * password or email gives the current password too (`currentPassword`, never stored). Administrators
 * changing someone else's account need not know that person's password; their own, they do.
 */
export const requireCurrentPassword: CollectionBeforeChangeHook<User> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const { currentPassword, ...rest } = data as typeof data & { currentPassword?: unknown }
  if (operation !== 'update' || !originalDoc || !req.user || req.user.id !== originalDoc.id)
    return rest
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const changesEmail =
    typeof data.email === 'string' &&
    data.email.trim().toLowerCase() !== originalDoc.email.trim().toLowerCase()
  if (!changesPassword && !changesEmail) return rest

  const refuse = (message: string) =>
    new ValidationError({ collection: 'users', errors: [{ path: 'currentPassword', message }] })
  if (typeof currentPassword !== 'string' || currentPassword === '')
    throw refuse(currentPasswordMessages.missing)
  const stored = await req.payload.db.findOne<StoredPassword & { id: number }>({
    collection: 'users',
    where: { id: { equals: originalDoc.id } },
    req,
  })
  if (!stored || !(await passwordMatches(stored, currentPassword)))
    throw refuse(currentPasswordMessages.wrong)
  return rest
}
