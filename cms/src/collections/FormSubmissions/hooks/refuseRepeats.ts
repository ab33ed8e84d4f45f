import type { CollectionBeforeValidateHook } from 'payload'

import type { FormSubmission } from '../../../payload-types'
import { AlreadySubmitted } from '../alreadySubmitted'
import { heldKeys } from '../rules/heldKeys'
import { countRepeats, isRepeatOf, recentSubmissions } from '../rules/repeats'

/**
 * A submission is stored once. A retry with an idempotency key already stored, and the same name,
 * address, interests and message again within a day, are answered 409 and stored no second time;
 * a repeat is counted on the original instead, so recruiters see that the person tried again.
 * Runs after enforceSignupRules, on the normalised values.
 */
export const refuseRepeats: CollectionBeforeValidateHook<FormSubmission> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  if (data.idempotencyKey && (await heldKeys(req, [data.idempotencyKey])).size > 0) {
    throw new AlreadySubmitted()
  }
  const { name, email } = data
  if (!name || !email) return data
  const form = { name, email, message: data.message ?? undefined, interests: data.interests ?? [] }
  const original = (await recentSubmissions(req, [email])).find((earlier) =>
    isRepeatOf(earlier, form),
  )
  if (!original) return data
  // Outside the request's transaction on purpose: the 409 that follows rolls that one back, and the
  // count must stay. Two repeats at the same instant may count as one; nothing is stored twice.
  await countRepeats(req.payload, original, data.idempotencyKey ? [data.idempotencyKey] : [])
  throw new AlreadySubmitted()
}
