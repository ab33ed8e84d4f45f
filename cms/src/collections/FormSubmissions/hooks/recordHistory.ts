import type { CollectionAfterChangeHook } from 'payload'

import type { FormSubmission } from '../../../payload-types'

const idOf = (value: FormSubmission['assignee']) =>
  typeof value === 'object' && value !== null ? value.id : (value ?? null)

/**
 * Records every change of status or assignee in submission-history, in the same transaction as the
 * change itself, so the history can never miss one nor hold one that was rolled back.
 */
export const recordHistory: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const statusChanged = previousDoc.status !== doc.status
  const assigneeFrom = idOf(previousDoc.assignee)
  const assigneeTo = idOf(doc.assignee)
  const assigneeChanged = assigneeFrom !== assigneeTo
  if (!statusChanged && !assigneeChanged) return doc
  await req.payload.create({
    collection: 'submission-history',
    data: {
      submission: doc.id,
      changedBy: req.user?.collection === 'users' ? req.user.id : null,
      ...(statusChanged ? { statusFrom: previousDoc.status, statusTo: doc.status } : {}),
      assigneeChanged,
      ...(assigneeChanged ? { assigneeFrom, assigneeTo } : {}),
    },
    overrideAccess: true,
    req,
  })
  return doc
}
