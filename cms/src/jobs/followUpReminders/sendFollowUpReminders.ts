import type { Payload, PayloadRequest } from 'payload'

import { osloDay } from '../../collections/FormSubmissions/followUp/deadline'
import { findAssignees, findOverdue } from '../../collections/FormSubmissions/followUp/findOverdue'
import { readFollowUpDays } from '../../collections/FormSubmissions/followUp/followUpDays'
import { env } from '../../env'
import { findRecruiters } from '../recipients/recipientsFor'
import { submissionLink } from '../recipients/submissionLink'
import { claimDelivery, forgetOldDeliveries, releaseDelivery } from './claim'
import { planDigests } from './digest'
import { digestMail, matrixLine } from './digestMail'

export type ReminderOutcome = { day: string; overdue: number; mailed: number; posted: boolean }

/**
 * The day's reminders at `now`: one mail to each person with something overdue, and one line to
 * the chat room; nothing when nothing is overdue. Each is claimed before it is sent (claim.ts), so
 * a second run the same day, in this process or another, sends nothing already sent.
 */
export async function sendFollowUpReminders(
  payload: Payload,
  now: Date,
  req?: PayloadRequest,
): Promise<ReminderOutcome> {
  const day = osloDay(now)
  const days = await readFollowUpDays(payload, req)
  await forgetOldDeliveries(payload, new Date(now.getTime() - 60 * 24 * 60 * 60 * 1000))
  const overdue = await findOverdue(payload, now, days, req)
  const outcome: ReminderOutcome = { day, overdue: overdue.length, mailed: 0, posted: false }
  if (overdue.length === 0) return outcome

  const recruiters = await findRecruiters(payload, req)
  const assignees = await findAssignees(payload, overdue, req)
  const context = { day, days, submissionLink, overviewLink: `${env.CMS_PUBLIC_URL}/admin` }

  for (const digest of planDigests(overdue, recruiters, assignees)) {
    const recipient = `user:${digest.to.id}`
    if (!(await claimDelivery(payload, day, recipient))) continue
    try {
      await payload.sendEmail({ to: digest.to.email, ...digestMail(digest, context) })
      outcome.mailed++
    } catch (error) {
      await releaseDelivery(payload, day, recipient)
      throw error
    }
  }

  if (env.MATRIX_WEBHOOK_URL && (await claimDelivery(payload, day, 'matrix'))) {
    try {
      const response = await fetch(env.MATRIX_WEBHOOK_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: matrixLine(overdue.length, context) }),
        signal: AbortSignal.timeout(10_000),
      })
      // The address may hold a token, so it is not logged.
      if (!response.ok) throw new Error(`Matrix-webhooken svarte ${response.status}`)
      outcome.posted = true
    } catch (error) {
      await releaseDelivery(payload, day, 'matrix')
      throw error
    }
  }
  return outcome
}
