import type { CollectionAfterChangeHook } from 'payload'

import { env } from '../../../env'
import type { FormSubmission } from '../../../payload-types'

/**
 * Tells the team about a new submission through the jobs queue: the jobs are stored in the same
 * transaction as the submission, so neither exists without the other, and a mail server or chat
 * that is down is retried instead of losing the notice.
 */
export const queueNotifications: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const input = { submission: doc.id }
  await req.payload.jobs.queue({ task: 'emailRecruiters', input, req })
  if (env.MATRIX_WEBHOOK_URL) {
    await req.payload.jobs.queue({ task: 'postToMatrix', input, req })
  }
  return doc
}
