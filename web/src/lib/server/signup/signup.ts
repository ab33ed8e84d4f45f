import {
  newIdempotencyKey,
  signupErrors,
  signupLimits,
  signupSchema,
  type Signup,
} from '@dk/shared'
import { fail } from '@sveltejs/kit'

import type { FormState } from './formState.ts'
import { createSubmission } from '../cms/client.ts'
import { errorForLog, log } from '../log.ts'
import { outbox } from './outbox/index.ts'
import type { OutboxEntry } from './outbox/store.ts'
import { formRateLimiter } from '../guards/formRateLimit.ts'
import { looksAutomated } from '../guards/looksAutomated.ts'
import { formKey } from './startTime.ts'

const limiter = formRateLimiter()

// The schema for the current contribution areas, made once: building a zod schema costs more than
// the parse (zod compiles its fast path per schema object), and the areas change only when an
// editor publishes. Keyed by the keys themselves, so a change makes a new one.
let schema: { keys: string; schema: ReturnType<typeof signupSchema> } | undefined
function schemaFor(interestKeys: string[]) {
  const keys = JSON.stringify(interestKeys)
  if (schema?.keys !== keys) schema = { keys, schema: signupSchema(interestKeys) }
  return schema.schema
}

type Input = {
  formData: FormData
  interestKeys: string[]
  clientAddress: string
  sourcePage: string
}

export async function handleSignup({ formData, interestKeys, clientAddress, sourcePage }: Input) {
  const raw = {
    name: formData.get('name'),
    email: formData.get('email'),
    interests: formData.getAll('interests'),
    message: formData.get('message') || undefined,
  }
  const values: FormState['values'] = {
    name: typeof raw.name === 'string' ? raw.name.slice(0, signupLimits.name) : '',
    email: typeof raw.email === 'string' ? raw.email.slice(0, signupLimits.email) : '',
    message: typeof raw.message === 'string' ? raw.message.slice(0, signupLimits.message) : '',
    interests: raw.interests.filter((value): value is string => typeof value === 'string'),
  }

  if (!limiter().allow(clientAddress)) {
    return fail(429, { signup: { errors: { form: 'rateLimited' }, values } satisfies FormState })
  }

  const parsed = schemaFor(interestKeys).safeParse(raw)
  if (!parsed.success) {
    return fail(400, { signup: { errors: signupErrors(parsed.error), values } satisfies FormState })
  }

  if (looksAutomated(formData, formKey())) {
    // Answer like a success so the bot learns nothing; store nothing.
    log.info('signup', 'forkastet innsending som så automatisk ut')
    return { signup: { success: true } satisfies FormState }
  }

  const stored = await store(parsed.data, sourcePage)
  if (!stored)
    return fail(503, { signup: { errors: { form: 'unavailable' }, values } satisfies FormState })
  return { signup: { success: true } satisfies FormState }
}

/**
 * Durable first, then delivered: the submission is written to the outbox (fsynced) before anything
 * else, and delivered to the CMS straight after, in the background, when it is answering. So "takk"
 * always follows a durable write, whatever happens to the CMS or this process next; trying the CMS
 * first would leave a window (CMS slow, then a timeout or a restart) where the submission lives
 * only in memory, and would make every visitor wait for the CMS.
 * If the disk fails, the CMS directly is the last resort; if that fails too the visitor is told.
 */
async function store(signup: Signup, sourcePage: string): Promise<boolean> {
  const entry: OutboxEntry = {
    submission: { ...signup, sourcePage, idempotencyKey: newIdempotencyKey() },
    acceptedAt: new Date().toISOString(),
  }
  try {
    await outbox().submit(entry)
    return true
  } catch (error) {
    log.error('signup', `utboksen kunne ikke lagre innsendingen: ${errorForLog(error)}`)
  }
  const outcome = await createSubmission(entry.submission)
  if (outcome.kind === 'stored' || outcome.kind === 'alreadyStored') return true
  log.error(
    'signup',
    outcome.kind === 'refused'
      ? `CMS avviste innsendingen (${outcome.fields.join(', ')})`
      : `kunne ikke lagre innsending, heller ikke i CMS: CMS svarte ${outcome.status || 'ikke'}`,
  )
  return false
}
