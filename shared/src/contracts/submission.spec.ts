import { describe, expect, it } from 'vitest'

import { signupErrors, signupSchema } from './submission.ts'

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
