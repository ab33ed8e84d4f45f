import { randomBytes } from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload needs a password to create an account. When an administrator invites someone without
 * typing one, the account gets a long random password nobody knows; the person chooses their own
 * through the invitation link.
 */
export const initialPassword: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create') return args
  const data = args.data as { password?: string } | undefined
  if (data && !data.password) data.password = randomBytes(32).toString('base64url')
  return args
}
