import { describe, expect, it } from 'vitest'

import {
  idempotencyKeySchema,
  newIdempotencyKey,
  settledSubmissionsRequestSchema,
  signupErrors,
  signupSchema,
  submissionBatchOutcomes,
  submissionBatchRequestSchema,
  submissionOutcome,
  submissionStatus,
} from './submission.ts'

const schema = signupSchema(['utvikling', 'drift'])
const errorsOf = (input: unknown) => {
  const result = schema.safeParse(input)
  return result.success ? {} : signupErrors(result.error)
}

describe('signupSchema', () => {
  it('trims, normalises and lower-cases, and drops duplicate interests', () => {
    const parsed = schema.parse({
      name: '  Kari\u0000 Nordmann ',
      email: ' Kari@Example.ORG ',
      interests: ['drift', 'drift'],
      message: ' Hei ',
    })
    expect(parsed).toEqual({
      name: 'Kari Nordmann',
      email: 'kari@example.org',
      interests: ['drift'],
      message: 'Hei',
    })
  })

  it('names each field that is wrong', () => {
    expect(errorsOf({ name: ' ', email: 'ikke-en-adresse' })).toEqual({
      name: 'required',
      email: 'email',
    })
    expect(errorsOf({ email: 'a@b.no' })).toEqual({ name: 'required' })
    expect(errorsOf({ name: 'x'.repeat(201), email: 'a@b.no' })).toEqual({ name: 'tooLong' })
    expect(errorsOf({ name: 'Kari', email: 'a@b.no', interests: ['hacking'] })).toEqual({
      interests: 'interests',
    })
    expect(errorsOf({ name: 'Kari', email: 'a@b.no', message: 'x'.repeat(5001) })).toEqual({
      message: 'tooLong',
    })
    expect(errorsOf({ name: 42, email: ['a@b.no'] })).toEqual({
      name: 'required',
      email: 'required',
    })
  })

  it('refuses fields it does not know', () => {
    expect(schema.safeParse({ name: 'Kari', email: 'a@b.no', status: 'onboarded' }).success).toBe(
      false,
    )
  })

  it('accepts emoji and right-to-left text as they are', () => {
    const parsed = schema.parse({ name: 'مريم 🌱', email: 'm@example.org' })
    expect(parsed.name).toBe('مريم 🌱')
  })
})

describe('submissionOutcome: what web makes of the CMS answer', () => {
  it('is stored for 201 and already stored for 409, whatever the body', () => {
    expect(submissionOutcome(201, { doc: { id: 1 } })).toEqual({ kind: 'stored' })
    expect(submissionOutcome(409, { errors: [{ message: 'allerede mottatt' }] })).toEqual({
      kind: 'alreadyStored',
    })
  })

  it("is refused for 400, naming the fields from Payload's validation error", () => {
    const body = {
      errors: [
        {
          name: 'ValidationError',
          data: {
            errors: [
              { path: 'email', message: 'Er ikke en gyldig e-postadresse.' },
              { path: 'email', message: 'Er for lang.' },
              { path: 'idempotencyKey', message: 'Må være en UUID.' },
            ],
          },
        },
      ],
    }
    expect(submissionOutcome(400, body)).toEqual({
      kind: 'refused',
      fields: ['email', 'idempotencyKey'],
    })
  })

  it('is refused for 400 with a body it cannot read, and never names a value', () => {
    expect(submissionOutcome(400, 'Bad Request')).toEqual({ kind: 'refused', fields: [] })
    const quoted = { errors: [{ data: { errors: [{ path: 'kari@test.invalid' }] } }] }
    expect(submissionOutcome(400, quoted)).toEqual({ kind: 'refused', fields: [] })
  })

  it.each([500, 502, 503, 429, 401, 403, 404, 413, 200])('is unavailable for %i', (status) => {
    expect(submissionOutcome(status, {})).toEqual({ kind: 'unavailable', status })
  })

  it('has the statuses the CMS answers with', () => {
    expect(submissionStatus).toEqual({ stored: 201, alreadyStored: 409, refused: 400 })
  })
})

describe('idempotencyKeySchema', () => {
  it('accepts the keys web makes, as old outbox files hold them', () => {
    for (let i = 0; i < 20; i += 1)
      expect(idempotencyKeySchema.safeParse(newIdempotencyKey()).success).toBe(true)
    expect(idempotencyKeySchema.safeParse('0b9e5d0e-6d8c-4f4f-9a51-3b1c2f0e7a11').success).toBe(
      true,
    )
  })

  it.each([
    'x',
    'abc\u0000defghij',
    '../../etc/passwd',
    'ABCDEF12-0000-4000-8000-000000000000',
    'a'.repeat(36),
  ])('refuses %j', (key) => {
    expect(idempotencyKeySchema.safeParse(key).success).toBe(false)
  })

  it('is what the read-back asks with', () => {
    expect(settledSubmissionsRequestSchema.safeParse({ keys: [newIdempotencyKey()] }).success).toBe(
      true,
    )
    expect(settledSubmissionsRequestSchema.safeParse({ keys: ['not-a-key-at-all'] }).success).toBe(
      false,
    )
  })
})

describe('submissionBatchOutcomes', () => {
  const [a, b, c, d] = [
    newIdempotencyKey(),
    newIdempotencyKey(),
    newIdempotencyKey(),
    newIdempotencyKey(),
  ]

  it('gives each key the outcome its own result names', () => {
    const outcomes = submissionBatchOutcomes([a, b, c], 200, {
      results: [
        { idempotencyKey: a, status: 201 },
        { idempotencyKey: b, status: 409 },
        { idempotencyKey: c, status: 400, fields: ['email', 'kari@example.org'] },
      ],
    })
    expect(Object.fromEntries(outcomes)).toEqual({
      [a]: { kind: 'stored' },
      [b]: { kind: 'alreadyStored' },
      // A "field" that is not a field name is never passed on: it could be a value.
      [c]: { kind: 'refused', fields: ['email'] },
    })
  })

  it('counts a key the CMS did not answer for as unavailable, not as stored', () => {
    const outcomes = submissionBatchOutcomes([a, d], 200, {
      results: [{ idempotencyKey: a, status: 201 }],
    })
    expect(outcomes.get(d)).toEqual({ kind: 'unavailable', status: 200 })
  })

  it('counts every key unavailable when the batch failed or the answer does not fit', () => {
    for (const [status, body] of [
      [503, { results: [{ idempotencyKey: a, status: 201 }] }],
      [200, { results: [{ idempotencyKey: a, status: 500 }] }],
      [200, 'oops'],
    ] as const) {
      const outcomes = submissionBatchOutcomes([a, b], status, body)
      expect([...outcomes.values()].every((o) => o.kind === 'unavailable')).toBe(true)
    }
  })

  it('refuses a batch only when it cannot be answered per key', () => {
    const item = { idempotencyKey: a, name: 'Kari', email: 'ikke-en-adresse' }
    expect(submissionBatchRequestSchema.safeParse({ submissions: [item] }).success).toBe(true)
    expect(
      submissionBatchRequestSchema.safeParse({ submissions: [{ ...item, idempotencyKey: 'x' }] })
        .success,
    ).toBe(false)
    expect(submissionBatchRequestSchema.safeParse({ submissions: [] }).success).toBe(false)
  })
})
