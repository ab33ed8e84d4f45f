import { z } from 'zod'

import { emailAddress } from '../email.ts'

/** Why a field was refused; web shows the CMS's text for each, the CMS answers with the code. */
export type SignupErrorCode = 'required' | 'email' | 'tooLong' | 'interests'

export const signupLimits = {
  name: 200,
  email: 254,
  message: 5000,
  interests: 20,
  interestKey: 60,
} as const

// Control characters (NUL and friends) never belong in a name, an address or a message; tabs and
// line breaks do.
const isControlCharacter = (character: string) => {
  const code = character.codePointAt(0) ?? 0
  return (code < 0x20 && !['\t', '\n', '\r'].includes(character)) || code === 0x7f
}
const withoutControlCharacters = (value: string) =>
  Array.from(value)
    .filter((character) => !isControlCharacter(character))
    .join('')

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .transform(withoutControlCharacters)
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().max(max, { error: 'tooLong' }))

/**
 * The "Bygg med oss" form, enforced twice: in web's form action and in the CMS, so a direct REST
 * call is held to the same rules. `interestKeys` are the contribution areas' keys from the CMS.
 */
export function signupSchema(interestKeys: readonly string[]) {
  const allowed = new Set(interestKeys)
  return z.strictObject({
    name: text(signupLimits.name).pipe(z.string().min(1, { error: 'required' })),
    email: text(signupLimits.email)
      .pipe(z.string().min(1, { error: 'required' }))
      .pipe(emailAddress())
      .transform((email) => email.toLowerCase()),
    interests: z
      .array(
        z.string({ error: 'interests' }).max(signupLimits.interestKey, { error: 'interests' }),
        { error: 'interests' },
      )
      .max(signupLimits.interests, { error: 'interests' })
      .refine((keys) => keys.every((key) => allowed.has(key)), { error: 'interests' })
      .transform((keys) => [...new Set(keys)])
      .default([]),
    message: text(signupLimits.message).optional(),
  })
}

export type Signup = z.infer<ReturnType<typeof signupSchema>>
export type SignupField = keyof Signup

/** The first problem per field, as codes. */
export function signupErrors(
  error: z.ZodError,
): Partial<Record<SignupField | 'form', SignupErrorCode>> {
  const errors: Partial<Record<SignupField | 'form', SignupErrorCode>> = {}
  for (const issue of error.issues) {
    const field = (typeof issue.path[0] === 'string' ? issue.path[0] : 'form') as
      SignupField | 'form'
    const code =
      (['required', 'email', 'tooLong', 'interests'] as const).find((c) => c === issue.message) ??
      'required'
    errors[field] ??= code
  }
  return errors
}
