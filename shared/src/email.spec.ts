import { describe, expect, it } from 'vitest'

import { isEmailAddress } from './email.ts'
import { acceptedAddresses, refusedAddresses } from './email.examples.ts'
import { newsletterEmailSchema } from './contracts/newsletter.ts'
import { signupSchema } from './contracts/submission.ts'

describe('isEmailAddress', () => {
  it.each(acceptedAddresses)('accepts %j', (address) => {
    expect(isEmailAddress(address)).toBe(true)
  })

  it.each(refusedAddresses)('refuses %j', (address) => {
    expect(isEmailAddress(address)).toBe(false)
  })
})

describe('both forms use it', () => {
  const signup = signupSchema([])
  // The address from the attack: zod's z.email() let it through, Payload's email field did not,
  // so the visitor was thanked and the CMS refused the submission.
  it('refuses a domain label that ends in a hyphen in the sign-up and the newsletter form', () => {
    expect(signup.safeParse({ name: 'Kari', email: 'x@b-.example.org' }).success).toBe(false)
    expect(newsletterEmailSchema.safeParse('x@b-.example.org').success).toBe(false)
  })

  // The form trims, drops control characters and has its own length message; the rest is the rule's.
  const asTyped = refusedAddresses.filter(
    (address) =>
      address !== '' &&
      address.length <= 254 &&
      address.trim() === address &&
      !address.includes('\u0000'),
  )
  it.each(asTyped)('the sign-up form refuses %j as an e-mail error', (address) => {
    const result = signup.safeParse({ name: 'Kari', email: address })
    expect(result.success ? undefined : result.error.issues[0]?.message).toBe('email')
  })

  it('accepts, trimmed and lower-cased, what the rule accepts', () => {
    for (const address of acceptedAddresses) {
      expect(signup.parse({ name: 'Kari', email: ` ${address} ` }).email).toBe(
        address.toLowerCase(),
      )
      expect(newsletterEmailSchema.parse(address)).toBe(address.toLowerCase())
    }
  })
})
