import type { TaskConfig } from 'payload'

import { chooseRecipients, findRecruiters } from './recipients/recipientsFor'
import { submissionLink } from './recipients/submissionLink'

/**
 * Emails the recruiters who follow the submission's contribution areas (all recruiters when it has
 * none or nobody follows them; see recipientsFor.ts) that a submission came in. The mail holds only the
 * link: mailboxes are kept longer than SUBMISSION_RETENTION_DAYS and are outside the CMS's access
 * control, so the person's name and message stay behind the login.
 */
export const emailRecruiters: TaskConfig<'emailRecruiters'> = {
  slug: 'emailRecruiters',
  label: 'Varsle rekrutterere på e-post',
  inputSchema: [{ name: 'submission', type: 'number', required: true }],
  retries: 5,
  handler: async ({ input, req }) => {
    const { payload } = req
    const found = await payload.find({
      collection: 'form-submissions',
      where: { id: { equals: input.submission } },
      depth: 0,
      select: { interests: true },
      overrideAccess: true,
      req,
    })
    const submission = found.docs[0]
    // Deleted before anyone was told (spam cleaned up, or an erasure request): nothing to tell.
    if (!submission) return { output: {} }
    const recipients = chooseRecipients(
      await findRecruiters(payload, req),
      submission.interests ?? [],
    )
    if (recipients.length === 0) {
      payload.logger.warn('Nytt innsendt skjema, men ingen bruker har rollen rekrutterer')
      return { output: {} }
    }
    await payload.sendEmail({
      to: recipients.map((recruiter) => recruiter.email),
      subject: 'Nytt innsendt skjema fra «Bygg med oss»',
      text: `Noen har sendt inn skjemaet «Bygg med oss».

Les innsendingen og følg den opp her (krever innlogging):
${submissionLink(input.submission)}

Av personvernhensyn står verken navn eller innhold i denne e-posten.`,
    })
    return { output: {} }
  },
}
