import type { CollectionBeforeOperationHook } from 'payload'

import { throttleLogin } from '../../../auth/loginThrottle'

/** Every login, from the admin or over REST, passes auth/loginThrottle.ts before Payload's own. */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } =
    (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  // Missing fields get Payload's own 400.
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) return args
  await throttleLogin(req, email, password)
  return args
}
