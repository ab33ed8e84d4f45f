import { describe, expect, it } from 'vitest'

import { planBatch, type CheckedItem } from './planBatch'

const form = (email: string, message = 'Hei') => ({
  name: 'Kari Nordmann',
  email,
  interests: ['drift'],
  message,
})
const fit = (key: string, email: string, message?: string): CheckedItem => ({
  key,
  form: form(email, message),
  delivery: { sourcePage: '/bygg-med-oss', idempotencyKey: key },
})
const stored = { id: 7, ...form('kari@test.invalid'), repeats: 1, repeatKeys: [{ key: 'r0' }] }

describe('a batch, item by item as the single create would answer it', () => {
  it('answers every item in order, and stores only what is new', () => {
    const plan = planBatch(
      [
        fit('a', 'ola@test.invalid'),
        { key: 'b', held: true },
        {
          key: 'c',
          errors: [
            { path: 'email', message: 'x' },
            { path: 'email', message: 'y' },
          ],
        },
        fit('d', 'per@test.invalid'),
      ],
      [],
    )
    expect(plan.results).toEqual([
      { idempotencyKey: 'a', status: 201 },
      { idempotencyKey: 'b', status: 409 },
      { idempotencyKey: 'c', status: 400, fields: ['email'] },
      { idempotencyKey: 'd', status: 201 },
    ])
    expect(plan.create.map((submission) => submission.delivery.idempotencyKey)).toEqual(['a', 'd'])
    expect(plan.repeats).toEqual([])
  })

  it('counts repeats of a stored submission on it, once per key, in one write', () => {
    const plan = planBatch([fit('a', 'kari@test.invalid'), fit('b', 'kari@test.invalid')], [stored])
    expect(plan.results.map((result) => result.status)).toEqual([409, 409])
    expect(plan.repeats).toEqual([{ original: stored, keys: ['a', 'b'] }])
    expect(plan.create).toEqual([])
  })

  it('counts a repeat of an earlier item on that item, and stores a different message anew', () => {
    const plan = planBatch(
      [
        fit('a', 'ola@test.invalid'),
        fit('b', 'ola@test.invalid'),
        fit('c', 'ola@test.invalid', 'Noe annet'),
        fit('d', 'ola@test.invalid'),
      ],
      [],
    )
    expect(plan.results.map((result) => result.status)).toEqual([201, 409, 201, 409])
    expect(
      plan.create.map(({ delivery, repeatKeys }) => [delivery.idempotencyKey, repeatKeys]),
    ).toEqual([
      ['a', ['b', 'd']],
      ['c', []],
    ])
  })

  it('answers the same key twice in one batch as the single create would: stored, then 409', () => {
    const plan = planBatch([fit('a', 'ola@test.invalid'), fit('a', 'per@test.invalid')], [])
    expect(plan.results.map((result) => result.status)).toEqual([201, 409])
    expect(plan.create).toHaveLength(1)
  })
})
