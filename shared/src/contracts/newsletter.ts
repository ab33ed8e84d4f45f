// "Følg oss": the newsletter's double opt-in, shared by web's form action and the CMS endpoints.
// Web Crypto only, so both servers run the same code.
//
// Three calls from web's service user, each POST with a JSON body (newsletterEndpoints):
// - subscribe { email }: 202 accepted, alike for a new, pending or confirmed address (nobody learns
//   who is on the list); 400 the address is refused (web shows its "not an address" text); anything
//   else is unavailable (web says so, the visitor may try again).
// - confirm / unsubscribe { token }: 200 `{ result }`; 400 a malformed body, which for the visitor is
//   a link that does not work ('invalid'); anything else is unavailable.
import { z } from 'zod'

import { emailAddress } from '../email.ts'
import { signupLimits } from './submission.ts'

/** The endpoints, mounted on the newsletter-subscribers collection, and their full paths. */
export const newsletterEndpoints = {
  subscribe: '/subscribe',
  confirm: '/confirm',
  unsubscribe: '/unsubscribe',
} as const
export type NewsletterEndpoint = keyof typeof newsletterEndpoints
export const newsletterPath = (endpoint: NewsletterEndpoint) =>
  `/api/newsletter-subscribers${newsletterEndpoints[endpoint]}`

/** The statuses the endpoints answer with besides their refusals of a caller (403, 413). */
export const newsletterStatus = {
  accepted: 202,
  answered: 200,
  refused: 400,
  unavailable: 503,
} as const

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

/** What web sends to the CMS's subscribe endpoint. */
export const subscribeRequestSchema = z.strictObject({ email: newsletterEmailSchema })

export type SubscribeOutcome =
  { kind: 'accepted' } | { kind: 'refused' } | { kind: 'unavailable'; status: number }

export function subscribeOutcome(status: number): SubscribeOutcome {
  if (status >= 200 && status < 300) return { kind: 'accepted' }
  if (status === newsletterStatus.refused) return { kind: 'refused' }
  return { kind: 'unavailable', status }
}

/** What web sends to the CMS's confirm and unsubscribe endpoints. */
export const newsletterTokenRequestSchema = z.strictObject({ token: z.string().max(100) })

export const confirmResultSchema = z.object({ result: z.enum(['confirmed', 'expired', 'invalid']) })
export const unsubscribeResultSchema = z.object({ result: z.enum(['unsubscribed', 'invalid']) })
export type ConfirmResult = z.infer<typeof confirmResultSchema>['result']
export type UnsubscribeResult = z.infer<typeof unsubscribeResultSchema>['result']

export type TokenOutcome<Result> =
  { kind: 'answered'; result: Result } | { kind: 'unavailable'; status: number }

/** A confirm or unsubscribe answer: its result, 'invalid' for a refused body, else unavailable. */
export function tokenOutcome<Result extends string>(
  schema: z.ZodType<{ result: Result }>,
  status: number,
  body: unknown,
): TokenOutcome<Result | 'invalid'> {
  if (status === newsletterStatus.refused) return { kind: 'answered', result: 'invalid' }
  if (status < 200 || status >= 300) return { kind: 'unavailable', status }
  const parsed = schema.safeParse(body)
  return parsed.success
    ? { kind: 'answered', result: parsed.data.result }
    : { kind: 'unavailable', status }
}

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
