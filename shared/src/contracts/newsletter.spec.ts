import { describe, expect, it } from 'vitest'

import {
  confirmationExpiresAt,
  hashNewsletterToken,
  isConfirmationExpired,
  mayResendConfirmation,
  newNewsletterToken,
  newsletterEmailSchema,
  newsletterLink,
  newsletterTiming,
  newsletterPath,
  newsletterTokenSchema,
  subscribeOutcome,
  tokenOutcome,
  confirmResultSchema,
  unsubscribeResultSchema,
} from './newsletter.ts'

describe('newsletter tokens', () => {
  it('are 43 url-safe characters and never repeat', () => {
    const tokens = Array.from({ length: 50 }, newNewsletterToken)
    for (const token of tokens) expect(newsletterTokenSchema.safeParse(token).success).toBe(true)
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  it('hash to the SHA-256 hex digest, the same every time and different per token', async () => {
    // SHA-256("abc"), the FIPS 180-2 example.
    expect(await hashNewsletterToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    const token = newNewsletterToken()
    expect(await hashNewsletterToken(token)).toBe(await hashNewsletterToken(token))
    expect(await hashNewsletterToken(token)).not.toBe(await hashNewsletterToken(`${token}x`))
  })

  it('refuses what is not a token', () => {
    for (const bad of ['', 'kort', `${'a'.repeat(42)}=`, 'a'.repeat(44), `${'a'.repeat(42)}/`])
      expect(newsletterTokenSchema.safeParse(bad).success).toBe(false)
  })
})

describe('confirmation expiry', () => {
  const sentAt = new Date('2026-11-23T12:00:00Z')
  const expiresAt = confirmationExpiresAt(sentAt)

  it('lasts the documented time', () => {
    expect(expiresAt.getTime() - sentAt.getTime()).toBe(newsletterTiming.confirmationTtlMs)
  })

  it('holds until the moment it expires, and without an expiry there is none', () => {
    expect(isConfirmationExpired(expiresAt, new Date(expiresAt.getTime() - 1))).toBe(false)
    expect(isConfirmationExpired(expiresAt.toISOString(), expiresAt)).toBe(true)
    expect(isConfirmationExpired(null, sentAt)).toBe(true)
  })

  it('sends a pending address at most one mail per interval', () => {
    const soon = new Date(sentAt.getTime() + newsletterTiming.resendIntervalMs - 1)
    const later = new Date(sentAt.getTime() + newsletterTiming.resendIntervalMs)
    expect(mayResendConfirmation(sentAt.toISOString(), soon)).toBe(false)
    expect(mayResendConfirmation(sentAt, later)).toBe(true)
    expect(mayResendConfirmation(undefined, sentAt)).toBe(true)
  })
})

describe('newsletterEmailSchema and links', () => {
  it('trims and lower-cases an address and refuses what is not one', () => {
    expect(newsletterEmailSchema.parse('  Kari@Example.ORG ')).toBe('kari@example.org')
    expect(newsletterEmailSchema.safeParse('ikke-en-adresse').success).toBe(false)
    expect(newsletterEmailSchema.safeParse(`${'a'.repeat(250)}@example.org`).success).toBe(false)
  })

  it('puts the token in the query of the web page', () => {
    expect(newsletterLink('https://example.org', '/nyhetsbrev/bekreft', 'a-b_c')).toBe(
      'https://example.org/nyhetsbrev/bekreft?token=a-b_c',
    )
  })
})

describe('the endpoints web calls', () => {
  it('are under the subscribers collection', () => {
    expect(newsletterPath('subscribe')).toBe('/api/newsletter-subscribers/subscribe')
    expect(newsletterPath('confirm')).toBe('/api/newsletter-subscribers/confirm')
    expect(newsletterPath('unsubscribe')).toBe('/api/newsletter-subscribers/unsubscribe')
  })

  it('subscribe: 2xx accepted, 400 refused, anything else unavailable', () => {
    expect(subscribeOutcome(202)).toEqual({ kind: 'accepted' })
    expect(subscribeOutcome(200)).toEqual({ kind: 'accepted' })
    expect(subscribeOutcome(400)).toEqual({ kind: 'refused' })
    for (const status of [403, 413, 429, 500, 503])
      expect(subscribeOutcome(status)).toEqual({ kind: 'unavailable', status })
  })

  it('confirm and unsubscribe: the result, invalid for 400, else unavailable', () => {
    expect(tokenOutcome(confirmResultSchema, 200, { result: 'expired' })).toEqual({
      kind: 'answered',
      result: 'expired',
    })
    expect(tokenOutcome(unsubscribeResultSchema, 200, { result: 'unsubscribed' })).toEqual({
      kind: 'answered',
      result: 'unsubscribed',
    })
    expect(tokenOutcome(confirmResultSchema, 400, { error: 'invalid' })).toEqual({
      kind: 'answered',
      result: 'invalid',
    })
    expect(tokenOutcome(confirmResultSchema, 503, {})).toEqual({ kind: 'unavailable', status: 503 })
    // A result the contract does not know is no answer.
    expect(tokenOutcome(confirmResultSchema, 200, { result: 'unsubscribed' })).toEqual({
      kind: 'unavailable',
      status: 200,
    })
  })
})
