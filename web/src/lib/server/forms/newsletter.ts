import { signupLimits } from '@dk/shared'
import { fail } from '@sveltejs/kit'
import { z } from 'zod'

import type { NewsletterState } from '../../blocks/context.ts'
import { createSubscriber } from '../cmsWrite.ts'
import { log } from '../log.ts'
import { RateLimiter } from '../rateLimit.ts'

const limiter = new RateLimiter(5, 10 * 60_000)
const emailSchema = z
  .string()
  .trim()
  .max(signupLimits.email)
  .pipe(z.email())
  .transform((email) => email.toLowerCase())

export async function handleNewsletter({
  formData,
  clientAddress,
}: {
  formData: FormData
  clientAddress: string
}) {
  const raw = formData.get('email')
  const email = typeof raw === 'string' ? raw.slice(0, signupLimits.email) : ''
  if (!limiter.allow(clientAddress)) {
    return fail(429, { newsletter: { error: 'rateLimited', email } satisfies NewsletterState })
  }
  const parsed = emailSchema.safeParse(raw)
  if (!parsed.success)
    return fail(400, { newsletter: { error: 'email', email } satisfies NewsletterState })
  try {
    await createSubscriber(parsed.data)
  } catch (error) {
    log.error(
      'newsletter',
      `kunne ikke lagre abonnent: ${error instanceof Error ? error.message : String(error)}`,
    )
    return fail(503, { newsletter: { error: 'unavailable', email } satisfies NewsletterState })
  }
  return { newsletter: { success: true } satisfies NewsletterState }
}
