import type { PayloadRequest } from 'payload'

import { env } from '../../env'

/**
 * Tells the team about a new submission through the jobs queue: with the request's transaction,
 * the jobs are stored in the same transaction as the submission, so neither exists without the
 * other, and a mail server or chat that is down is retried instead of losing the notice.
 */
export async function queueNotifications(submission: number, req: PayloadRequest) {
  const input = { submission }
  await req.payload.jobs.queue({ task: 'emailRecruiters', input, req })
  if (env.MATRIX_WEBHOOK_URL) {
    await req.payload.jobs.queue({ task: 'postToMatrix', input, req })
  }
}
