import type { TaskConfig } from 'payload'

import { submissionLink } from './submissionLink'

/**
 * Emails every user with the recruiter role that a submission came in. The mail holds only the
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
    const exists = await payload.count({
      collection: 'form-submissions',
      where: { id: { equals: input.submission } },
      overrideAccess: true,
      req,
    })
    // Deleted before anyone was told (spam cleaned up, or an erasure request): nothing to tell.
    if (exists.totalDocs === 0) return { output: {} }
    const recruiters = await payload.find({
      collection: 'users',
      where: { roles: { in: ['recruiter'] } },
      pagination: false,
      depth: 0,
      select: { email: true },
      overrideAccess: true,
      req,
    })
    if (recruiters.docs.length === 0) {
      payload.logger.warn('Nytt innsendt skjema, men ingen bruker har rollen rekrutterer')
      return { output: {} }
    }
    await payload.sendEmail({
      to: recruiters.docs.map((user) => user.email),
      subject: 'Nytt innsendt skjema fra «Bygg med oss»',
      text: `Noen har sendt inn skjemaet «Bygg med oss».

Les innsendingen og følg den opp her (krever innlogging):
${submissionLink(input.submission)}

Av personvernhensyn står verken navn eller innhold i denne e-posten.`,
    })
    return { output: {} }
  },
}
