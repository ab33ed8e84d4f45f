// "Følg oss": the newsletter's double opt-in, shared by web's form action and the CMS endpoints.
// Web Crypto only, so both servers run the same code.
import { z } from 'zod'

import { emailAddress } from '../email.ts'
import { signupLimits } from './submission.ts'

/** One address, checked in web's action and again in the CMS. */
export const newsletterEmailSchema = z
  .string()
  .trim()
  .max(signupLimits.email)
  .pipe(emailAddress())
  .transform((email) => email.toLowerCase())

export const newsletterTiming = {
  /** A confirmation link works this long; unconfirmed sign-ups are deleted after it. */
  confirmationTtlMs: 48 * 60 * 60 * 1000,
  /** A pending address gets at most one confirmation mail in this window, however often it is sent. */
  resendIntervalMs: 10 * 60 * 1000,
} as const

/** 32 random bytes, base64url: 43 characters. */
export const newsletterTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/)

/** What web sends to the CMS's confirm and unsubscribe endpoints. */
export const newsletterTokenRequestSchema = z.strictObject({ token: z.string().max(100) })

export const confirmResultSchema = z.object({ result: z.enum(['confirmed', 'expired', 'invalid']) })
export const unsubscribeResultSchema = z.object({ result: z.enum(['unsubscribed', 'invalid']) })
export type ConfirmResult = z.infer<typeof confirmResultSchema>['result']
export type UnsubscribeResult = z.infer<typeof unsubscribeResultSchema>['result']

/** The web paths a mail links to; the token goes in the query. */
export const newsletterPaths = {
  confirm: '/nyhetsbrev/bekreft',
  unsubscribe: '/nyhetsbrev/avmeld',
} as const

export function newsletterLink(webOrigin: string, path: string, token: string): string {
  const url = new URL(path, webOrigin)
  url.searchParams.set('token', token)
  return url.href
}

/** A new secret for a link. Only its hash is ever stored. */
export function newNewsletterToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

/** SHA-256 as hex: a token's random bytes make a salt unnecessary. */
export async function hashNewsletterToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export function confirmationExpiresAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + newsletterTiming.confirmationTtlMs)
}

export function isConfirmationExpired(expiresAt: string | Date | null | undefined, now: Date) {
  return !expiresAt || new Date(expiresAt).getTime() <= now.getTime()
}

/** False while the last confirmation mail to a pending address is recent. */
export function mayResendConfirmation(lastSentAt: string | Date | null | undefined, now: Date) {
  return (
    !lastSentAt ||
    now.getTime() - new Date(lastSentAt).getTime() >= newsletterTiming.resendIntervalMs
  )
}
