import type { TaskConfig } from 'payload'

import { env } from '../env'

/**
 * Deletes form submissions older than SUBMISSION_RETENTION_DAYS, every night. Deleting rather
 * than anonymising: nobody needs a submission once its person has been followed up, and data that
 * is gone cannot leak. Recruiters move anyone they keep working with elsewhere before then.
 */
export const deleteExpiredSubmissions: TaskConfig<'deleteExpiredSubmissions'> = {
  slug: 'deleteExpiredSubmissions',
  label: 'Slett gamle innsendte skjema',
  retries: 2,
  schedule: [{ cron: '0 3 * * *', queue: 'nightly' }],
  handler: async ({ req }) => {
    const cutoff = new Date(Date.now() - env.SUBMISSION_RETENTION_DAYS * 24 * 60 * 60 * 1000)
    const deleted = await req.payload.delete({
      collection: 'form-submissions',
      where: { createdAt: { less_than: cutoff.toISOString() } },
      overrideAccess: true,
      req,
    })
    if (deleted.errors.length > 0) {
      throw new Error(`${deleted.errors.length} gamle innsendte skjema kunne ikke slettes`)
    }
    req.payload.logger.info(
      `Slettet ${deleted.docs.length} innsendte skjema eldre enn ${env.SUBMISSION_RETENTION_DAYS} dager`,
    )
    return { output: {} }
  },
}
