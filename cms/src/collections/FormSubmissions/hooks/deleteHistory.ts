import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A submission's history is personal data about the same person: it goes with the submission,
 * whether the retention job, an admin or an erasure request deletes it. Before the delete, in its
 * transaction, so a failed delete keeps both.
 */
export const deleteHistory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'submission-history',
    where: { submission: { equals: id } },
    overrideAccess: true,
    req,
  })
}
