import type { SubmissionBatchResult } from '@dk/shared'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { heldKeys } from '../rules/heldKeys'
import { countRepeats, recentSubmissions } from '../rules/repeats'
import { checkSignup, signupRules } from '../rules/signupRules'
import { insertSubmissions } from './insertSubmissions'
import { planBatch, type CheckedItem } from './planBatch'

/**
 * Stores a batch of submissions (the submission contract's "Many at once") with the single
 * create's rules, set-based: one read of the rules, one of the keys, one of the recent
 * submissions of the batch's addresses; then every write in ONE transaction, set-based
 * (insertSubmissions.ts: the rows Payload's create and jobs.queue write, without their per-item
 * cost). Resolves only after the COMMIT; throws when anything fails, and then nothing of the
 * batch is stored.
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

  const ownTransaction = await initTransaction(req)
  try {
    const ids = await insertSubmissions(req, plan.create)
    // Counted in the batch's transaction, unlike the single create's count (which its 409 would
    // roll back): the batch answers only after the COMMIT. If that fails, web sends the whole
    // batch again, and the repeats are counted then. Through Payload's update (it makes the
    // repeat keys' row ids); repeats are few.
    const repeats = [
      ...plan.repeats,
      ...plan.create
        .filter((submission) => submission.repeatKeys.length > 0)
        .map((submission) => ({
          original: { id: ids.get(submission.delivery.idempotencyKey ?? '')! },
          keys: submission.repeatKeys,
        })),
    ]
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
