import { deleteExpiredSubmissions } from './deleteExpiredSubmissions'
import { deleteExpiredSubscribersTask } from './deleteExpiredSubscribers'
import { emailRecruiters } from './emailRecruiters'
import { postToMatrix } from './postToMatrix'
import { sendFollowUpRemindersTask } from './sendFollowUpReminders'
import { startOptInTask } from './startNewsletterOptIn'

/**
 * Every job the CMS runs, one file each (named by its slug); the helpers they share are in the
 * folders beside them. Notices of new submissions, the daily follow-up reminders, the nightly
 * cleanups (old submissions, unconfirmed newsletter sign-ups) and the newsletter's confirmation
 * mail. Payload's own scheduled publishing is not listed: Payload adds it.
 */
export const tasks = [
  emailRecruiters,
  postToMatrix,
  deleteExpiredSubmissions,
  deleteExpiredSubscribersTask,
  sendFollowUpRemindersTask,
  startOptInTask,
]
