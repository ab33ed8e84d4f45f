import { ValidationError, type PayloadRequest } from 'payload'

/** PostgreSQL's SQLSTATE for a unique violation. */
const uniqueViolationCode = '23505'

/** A field's column, as Payload's PostgreSQL adapter names it: `idempotencyKey` → `idempotency_key`. */
const columnName = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** The column PostgreSQL names in its detail ("Key (email)=(…) already exists."), if any. */
const columnOf = (detail: unknown) =>
  typeof detail === 'string' ? /^Key \(([^)]+)\)=/.exec(detail)?.[1] : undefined

function postgresError(error: unknown) {
  // The adapter and drizzle wrap the driver's error; its own fields sit on the innermost `cause`.
  for (let current = error, depth = 0; depth < 5; depth++) {
    if (typeof current !== 'object' || current === null) return undefined
    const { code, cause } = current as { code?: unknown; cause?: unknown }
    if (code === uniqueViolationCode)
      return current as { constraint?: unknown; detail?: unknown; table?: unknown }
    current = cause
  }
  return undefined
}

/**
 * Whether a write failed because another row already holds the same value in `field`'s unique
 * index: two requests for the same thing at the same instant, which callers answer like a repeat.
 * Recognises both forms it reaches us in:
 * - PostgreSQL's own error (SQLSTATE 23505, possibly wrapped as a `cause`), on the column of the
 *   field (`idempotencyKey` is the column `idempotency_key`), named in its detail or constraint;
 * - the ValidationError Payload's database adapter turns that into: an error on the field's path
 *   with the adapter's "must be unique" message in the request's language, which it also marks
 *   with the table's name. Any other validation error on the same field (a malformed value) is not
 *   one.
 */
export function isUniqueViolation(
  error: unknown,
  field: string,
  req?: Pick<PayloadRequest, 't'>,
): boolean {
  if (error instanceof ValidationError) {
    const notUnique = req?.t('error:valueMustBeUnique')
    return error.data.errors.some(
      (problem) =>
        problem.path === field &&
        (problem.message === notUnique || 'tableName' in (problem as object)),
    )
  }
  const violation = postgresError(error)
  if (!violation) return false
  const column = columnName(field)
  const named = columnOf(violation.detail)
  if (named !== undefined) return named === column
  // Without a detail, the index's name: Payload names it `<table>_<column>_idx`.
  const { constraint, table } = violation
  if (typeof constraint !== 'string') return false
  return typeof table === 'string'
    ? constraint === `${table}_${column}_idx`
    : constraint.endsWith(`_${column}_idx`)
}
