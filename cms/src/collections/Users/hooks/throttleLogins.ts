import type { CollectionBeforeOperationHook } from 'payload'

import { throttleForgotPassword, throttleLogin } from '../../../auth/loginThrottle'

/**
 * Every login and every "Glemt passord", from the admin or over REST, passes auth/loginThrottle.ts
 * before Payload's own. Invitations (an admin's request, no mail from Payload) are not counted.
 */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'forgotPassword') {
    const { data, disableEmail } = args as { data?: { email?: unknown }; disableEmail?: boolean }
    // Without an address Payload answers 400 itself; nothing to count.
    if (!disableEmail && typeof data?.email === 'string' && data.email)
      await throttleForgotPassword(req)
    return args
  }
  if (operation !== 'login') return args
  const { email, password } =
    (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  // Missing fields get Payload's own 400.
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) return args
  await throttleLogin(req, email, password)
  return args
}
