// Signed "content changed" calls from the CMS to web. HMAC-SHA256 over timestamp and body with a
// shared secret (hmac.ts).
import { z } from 'zod'

import { hmacSign, hmacVerify } from './hmac.ts'

export const revalidationPath = '/hooks/revalidate'
export const revalidationHeaders = {
  timestamp: 'x-dk-timestamp',
  signature: 'x-dk-signature',
} as const
/** Older calls are refused, so a captured request cannot be replayed later. */
export const revalidationMaxAgeMs = 5 * 60 * 1000

export const revalidationSchema = z.object({
  /** Collection or global slug that changed. */
  source: z.string().max(100),
  /** The page slug, when a page changed. */
  slug: z.string().max(200).nullish(),
})

export type Revalidation = z.infer<typeof revalidationSchema>

export async function signRevalidation(
  secret: string,
  timestamp: number,
  body: string,
): Promise<string> {
  return hmacSign(secret, `${timestamp}.${body}`)
}

export async function verifyRevalidation(
  secret: string,
  {
    timestamp,
    signature,
    body,
  }: { timestamp: string | null; signature: string | null; body: string },
  now = Date.now(),
): Promise<boolean> {
  const sent = Number(timestamp)
  if (!Number.isSafeInteger(sent) || Math.abs(now - sent) > revalidationMaxAgeMs) return false
  return hmacVerify(secret, `${sent}.${body}`, signature)
}
