import type { CollectionAfterChangeHook } from 'payload'

import type { FormSubmission } from '../../../payload-types'
import { queueNotifications as queue } from '../notifications'

/** A created submission's notices (notifications.ts), in the create's transaction. */
export const queueNotifications: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  await queue(doc.id, req)
  return doc
}
