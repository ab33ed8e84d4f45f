import { newsletterEmailSchema, signupLimits } from '@dk/shared'
import { fail } from '@sveltejs/kit'

import type { NewsletterState } from './formState.ts'
import { createSubscriber } from '../cms/client.ts'
import { log } from '../log.ts'
import { formRateLimiter } from '../guards/formRateLimit.ts'
import { looksAutomated } from '../guards/looksAutomated.ts'
import { formKey } from '../signup/startTime.ts'

const limiter = formRateLimiter()

/** "Følg oss": the CMS mails a confirmation link; the answer never says whether the address was known. */
export async function handleNewsletter({
  formData,
  clientAddress,
}: {
  formData: FormData
  clientAddress: string
}) {
  const raw = formData.get('email')
  const email = typeof raw === 'string' ? raw.slice(0, signupLimits.email) : ''
  if (!limiter().allow(clientAddress)) {
    return fail(429, { newsletter: { error: 'rateLimited', email } satisfies NewsletterState })
  }
  const parsed = newsletterEmailSchema.safeParse(raw)
  if (!parsed.success)
    return fail(400, { newsletter: { error: 'email', email } satisfies NewsletterState })
  if (looksAutomated(formData, formKey())) {
    // Answer like a success so the bot learns nothing; send nothing.
    log.info('newsletter', 'forkastet påmelding som så automatisk ut')
    return { newsletter: { success: true } satisfies NewsletterState }
  }
  const outcome = await createSubscriber(parsed.data)
  switch (outcome.kind) {
    case 'accepted':
      return { newsletter: { success: true } satisfies NewsletterState }
    case 'refused':
      return fail(400, { newsletter: { error: 'email', email } satisfies NewsletterState })
    case 'unavailable':
      log.error('newsletter', `kunne ikke starte påmelding: CMS svarte ${outcome.status || 'ikke'}`)
      return fail(503, { newsletter: { error: 'unavailable', email } satisfies NewsletterState })
  }
}
