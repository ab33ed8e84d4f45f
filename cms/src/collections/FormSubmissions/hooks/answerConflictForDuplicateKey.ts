import { ValidationError, type CollectionAfterErrorHook } from 'payload'

import { AlreadySubmitted } from '../alreadySubmitted'

/**
 * Two deliveries of the same submission at the same instant both pass refuseRepeats; the unique
 * index on the idempotency key stops the second, and it is answered like any other repeat: 409.
 */
export const answerConflictForDuplicateKey: CollectionAfterErrorHook = ({ error, req }) => {
  // The database adapter's wording for a unique violation, unlike a malformed key's.
  const notUnique = req.t('error:valueMustBeUnique')
  const isDuplicateKey =
    error instanceof ValidationError &&
    error.data.errors.some(
      (problem) => problem.path === 'idempotencyKey' && problem.message === notUnique,
    )
  if (!isDuplicateKey) return
  const conflict = new AlreadySubmitted()
  return { status: conflict.status, response: { errors: [{ message: conflict.message }] } }
}
