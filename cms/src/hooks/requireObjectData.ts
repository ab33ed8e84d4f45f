import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

/**
 * A create or update whose body is not a JSON object (missing, null, a string) makes Payload's
 * field hooks throw a TypeError, a 500. Refused here as the bad input it is: 400.
 */
export const requireObjectData: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data } = args as { data?: unknown }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) return args
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'form', message: 'Forventet et JSON-objekt med feltene.' }],
      req,
    },
    req.t,
  )
}
