import { submissionStatus, type Signup, type SubmissionBatchResult } from '@dk/shared'

import { isRepeatOf, type RecentSubmission } from '../rules/repeats'
import type { CheckedSignup, FieldProblem } from '../rules/signupRules'

/** One item of the batch as checked: its key held already, refused, or fit to store. */
export type CheckedItem = { key: string } & (
  { held: true } | CheckedSignup | { errors: FieldProblem[] }
)

/** A submission the batch stores, with the keys of its repeats within the same batch. */
export type NewSubmission = CheckedSignup & { repeatKeys: string[] }

export type BatchPlan = {
  /** One per item, in the batch's order: what the single create would have answered. */
  results: SubmissionBatchResult[]
  create: NewSubmission[]
  /** Repeats of submissions stored before, counted on them. */
  repeats: { original: RecentSubmission; keys: string[] }[]
}

/**
 * What the batch stores and answers, item by item as the single create would one after another:
 * a key held already is 409; a refused item 400 with its fields named; the same person sending
 * the same thing as a recent submission, or as an earlier item of this batch, is a repeat counted
 * on that one (409); anything else is stored (201). `recent` are the batch's addresses' recent
 * submissions, oldest first (rules/repeats.ts).
 */
export function planBatch(
  items: readonly CheckedItem[],
  recent: readonly RecentSubmission[],
): BatchPlan {
  const plan: BatchPlan = { results: [], create: [], repeats: [] }
  const taken = new Set<string>()
  const answer = (idempotencyKey: string, status: SubmissionBatchResult['status']) =>
    plan.results.push({ idempotencyKey, status })
  for (const item of items) {
    const { key } = item
    if ('held' in item || taken.has(key)) {
      answer(key, submissionStatus.alreadyStored)
      continue
    }
    if ('errors' in item) {
      const fields = [...new Set(item.errors.map((error) => error.path))]
      plan.results.push({ idempotencyKey: key, status: submissionStatus.refused, fields })
      continue
    }
    taken.add(key)
    const form: Signup = item.form
    const stored = recent.find((earlier) => isRepeatOf(earlier, form))
    const inBatch = !stored && plan.create.find((earlier) => isRepeatOf(earlier.form, form))
    if (stored) {
      const counted = plan.repeats.find((repeat) => repeat.original.id === stored.id)
      if (counted) counted.keys.push(key)
      else plan.repeats.push({ original: stored, keys: [key] })
    } else if (inBatch) inBatch.repeatKeys.push(key)
    else plan.create.push({ form, delivery: item.delivery, repeatKeys: [] })
    answer(key, stored || inBatch ? submissionStatus.alreadyStored : submissionStatus.stored)
  }
  return plan
}
