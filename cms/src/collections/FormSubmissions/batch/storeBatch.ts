import type { SubmissionBatchResult } from '@dk/shared'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import type { FormSubmission } from '../../../payload-types'
import { queueNotifications } from '../notifications'
import { heldKeys } from '../rules/heldKeys'
import { countRepeats, recentSubmissions } from '../rules/repeats'
import { checkSignup, signupRules } from '../rules/signupRules'
import { planBatch, type CheckedItem, type NewSubmission } from './planBatch'

/** A new submission's row as the single create stores it, with its fields' defaults. */
const row = ({ form, delivery }: NewSubmission) => ({
  ...form,
  message: form.message || null,
  sourcePage: delivery.sourcePage,
  idempotencyKey: delivery.idempotencyKey,
  status: 'new' satisfies FormSubmission['status'],
  repeats: 0,
})

/**
 * Stores a batch of submissions (the submission contract's "Many at once") with the single
 * create's rules, set-based: one read of the rules, one of the keys, one of the recent
 * submissions of the batch's addresses; then every write in ONE transaction, at the adapter
 * level (payload.db.create: the same row as Payload's create writes, without its per-item
 * hooks, which this does once for all). Resolves only after the COMMIT; throws when anything
 * fails, and then nothing of the batch is stored.
 */
export async function storeBatch(
  req: PayloadRequest,
  items: readonly ({ idempotencyKey: string } & Record<string, unknown>)[],
): Promise<SubmissionBatchResult[]> {
  const [rules, held] = await Promise.all([
    signupRules(req),
    heldKeys(
      req,
      items.map((item) => item.idempotencyKey),
    ),
  ])
  const checked = items.map((item): CheckedItem => {
    const key = item.idempotencyKey
    return held.has(key) ? { key, held: true } : { key, ...checkSignup(item, rules) }
  })
  const emails = checked.flatMap((item) => ('form' in item ? [item.form.email] : []))
  const plan = planBatch(checked, await recentSubmissions(req, emails))
  if (plan.create.length === 0 && plan.repeats.length === 0) return plan.results

  const repeats: { original: Parameters<typeof countRepeats>[1]; keys: string[] }[] = [
    ...plan.repeats,
  ]
  const ownTransaction = await initTransaction(req)
  try {
    for (const submission of plan.create) {
      const { id } = await req.payload.db.create({
        collection: 'form-submissions',
        data: row(submission),
        select: { id: true },
        req,
      })
      await queueNotifications(id as number, req)
      if (submission.repeatKeys.length > 0)
        repeats.push({ original: { id }, keys: submission.repeatKeys })
    }
    // Counted in the batch's transaction, unlike the single create's count (which its 409 would
    // roll back): the batch answers only after the COMMIT. If that fails, web sends the whole
    // batch again, and the repeats are counted then. Through Payload's update (it makes the
    // repeat keys' row ids): repeats are few.
    for (const { original, keys } of repeats) {
      await countRepeats(req.payload, original, keys, req)
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return plan.results
}
