import type { PayloadRequest } from 'payload'

import { env } from '../../env'

/** The jobs that tell the team about a new submission: by email, and in the chat when there is one. */
export const notificationTasks = () =>
  env.MATRIX_WEBHOOK_URL
    ? (['emailRecruiters', 'postToMatrix'] as const)
    : (['emailRecruiters'] as const)

/**
 * Tells the team about a new submission through the jobs queue: with the request's transaction,
 * the jobs are stored in the same transaction as the submission, so neither exists without the
 * other, and a mail server or chat that is down is retried instead of losing the notice.
 */
export async function queueNotifications(submission: number, req: PayloadRequest) {
  for (const task of notificationTasks()) {
    await req.payload.jobs.queue({ task, input: { submission }, req })
  }
}
