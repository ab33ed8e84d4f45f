import { newsletterTiming } from '@dk/shared'
import type { Payload, TaskConfig } from 'payload'

/**
 * Sign-ups nobody confirmed are deleted once their link has expired (48 hours): an address we may
 * not write to is not kept. Pending rows without a link (created by hand) go after as long.
 */
export async function deleteExpiredSubscribers(payload: Payload, now = new Date()) {
  const cutoff = new Date(now.getTime() - newsletterTiming.confirmationTtlMs).toISOString()
  const { docs } = await payload.delete({
    collection: 'newsletter-subscribers',
    where: {
      status: { equals: 'pending' },
      or: [
        { confirmTokenExpiresAt: { less_than_equal: now.toISOString() } },
        {
          and: [
            { confirmTokenExpiresAt: { exists: false } },
            { createdAt: { less_than_equal: cutoff } },
          ],
        },
      ],
    },
    overrideAccess: true,
  })
  return { deleted: docs.length }
}

/** Runs every night at 03:15 (server time) on the `nightly` queue, which every CMS process works. */
export const deleteExpiredSubscribersTask: TaskConfig<{
  input: object
  output: { deleted: number }
}> = {
  slug: 'deleteExpiredSubscribers',
  label: 'Slett ubekreftede påmeldinger til nyhetsbrevet',
  schedule: [{ cron: '0 15 3 * * *', queue: 'nightly' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await deleteExpiredSubscribers(req.payload) }),
}
