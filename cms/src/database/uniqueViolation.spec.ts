import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { isUniqueViolation } from './uniqueViolation'

const mustBeUnique = 'Verdien må være unik.'
const req = {
  t: ((key: string) => (key === 'error:valueMustBeUnique' ? mustBeUnique : key)) as never,
}

/** The driver's error as pg raises it for a second row with the same key. */
const pgError = (fields: Record<string, unknown>) =>
  Object.assign(new Error('duplicate key value violates unique constraint'), {
    code: '23505',
    ...fields,
  })

/** What Payload's PostgreSQL adapter throws in its place (drizzle's handleUpsertError). */
const adapterError = (path: string, message = mustBeUnique, extra: object = { tableName: 't' }) =>
  new ValidationError({
    collection: 'newsletter-subscribers',
    errors: [{ message, path, ...extra }],
  })

describe('isUniqueViolation', () => {
  it("recognises PostgreSQL's error by SQLSTATE and the column in its detail", () => {
    const error = pgError({
      table: 'newsletter_subscribers',
      constraint: 'newsletter_subscribers_email_idx',
      detail: 'Key (email)=(ola@example.org) already exists.',
    })
    expect(isUniqueViolation(error, 'email')).toBe(true)
    expect(isUniqueViolation(error, 'slug')).toBe(false)
  })

  it('maps a field to its snake_case column and finds the error wrapped as a cause', () => {
    const driver = pgError({
      table: 'form_submissions',
      constraint: 'form_submissions_idempotency_key_idx',
      detail: 'Key (idempotency_key)=(abc-123) already exists.',
    })
    const wrapped = new Error('Failed query', { cause: driver })
    expect(isUniqueViolation(wrapped, 'idempotencyKey')).toBe(true)
    expect(isUniqueViolation(wrapped, 'key')).toBe(false)
  })

  it("falls back to the index's name when PostgreSQL gives no detail", () => {
    const withTable = pgError({
      table: 'form_submissions',
      constraint: 'form_submissions_idempotency_key_idx',
    })
    expect(isUniqueViolation(withTable, 'idempotencyKey')).toBe(true)
    expect(isUniqueViolation(withTable, 'key')).toBe(false)
    const noTable = pgError({ constraint: 'users_email_idx' })
    expect(isUniqueViolation(noTable, 'email')).toBe(true)
    expect(isUniqueViolation(pgError({}), 'email')).toBe(false)
  })

  it("recognises the adapter's validation error on the field, by its message or its table mark", () => {
    expect(isUniqueViolation(adapterError('email'), 'email', req)).toBe(true)
    expect(isUniqueViolation(adapterError('email', mustBeUnique, {}), 'email', req)).toBe(true)
    expect(isUniqueViolation(adapterError('email', 'Value must be unique'), 'email')).toBe(true)
    expect(isUniqueViolation(adapterError('idempotencyKey'), 'email', req)).toBe(false)
  })

  it('is not fooled by another error on the same field, or another database error', () => {
    // A malformed address names the field too; the old check (the error's data mentions 'email')
    // took it for a second sign-up at once and dropped it silently.
    const malformed = adapterError('email', 'Ugyldig e-postadresse.', {})
    expect(isUniqueViolation(malformed, 'email', req)).toBe(false)
    const foreignKey = Object.assign(new Error('violates foreign key constraint'), {
      code: '23503',
      detail: 'Key (email)=(x) is not present in table "users".',
    })
    expect(isUniqueViolation(foreignKey, 'email')).toBe(false)
    for (const nothing of [undefined, null, 'email', new Error('email')])
      expect(isUniqueViolation(nothing, 'email', req)).toBe(false)
  })
})
