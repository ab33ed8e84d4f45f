import type { TaskConfig } from 'payload'

import { sendFollowUpReminders } from './followUpReminders/sendFollowUpReminders'

/**
 * Every morning: reminds recruiters of submissions past the follow-up deadline (one mail each) and
 * tells the chat room how many there are. Every CMS process may queue and run it; the day's
 * claims in reminder-deliveries keep it to one of each a day.
 */
export const sendFollowUpRemindersTask: TaskConfig<'sendFollowUpReminders'> = {
  slug: 'sendFollowUpReminders',
  label: 'Påminn om innsendte skjema som venter på oppfølging',
  retries: 3,
  // 07:00 UTC: 08:00 in Oslo in winter, 09:00 in summer.
  schedule: [{ cron: '0 7 * * *', queue: 'daily' }],
  handler: async ({ req }) => {
    const outcome = await sendFollowUpReminders(req.payload, new Date(), req)
    req.payload.logger.info(
      `Påminnelser for ${outcome.day}: ${outcome.overdue} på overtid, ${outcome.mailed} e-post(er) sendt${outcome.posted ? ', Matrix varslet' : ''}`,
    )
    return { output: {} }
  },
}
