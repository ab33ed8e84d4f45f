import type { CollectionAfterErrorHook } from 'payload'

import { isUniqueViolation } from '../../../database/uniqueViolation'
import { AlreadySubmitted } from '../alreadySubmitted'

/**
 * Two deliveries of the same submission at the same instant both pass refuseRepeats; the unique
 * index on the idempotency key stops the second, and it is answered like any other repeat: 409.
 */
export const answerConflictForDuplicateKey: CollectionAfterErrorHook = ({ error, req }) => {
  if (!isUniqueViolation(error, 'idempotencyKey', req)) return
  const conflict = new AlreadySubmitted()
  return { status: conflict.status, response: { errors: [{ message: conflict.message }] } }
}
