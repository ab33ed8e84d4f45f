// Signed "content changed" calls from the CMS to web. HMAC-SHA256 over timestamp and body with a
// shared secret; Web Crypto so the same code runs in both servers without Node-only imports.
import { z } from 'zod'

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

const encoder = new TextEncoder()

function key(secret: string, usage: 'sign' | 'verify') {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    [usage],
  )
}

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^([0-9a-f]{2})+$/.test(hex)) return undefined
  return new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)))
}

export async function signRevalidation(
  secret: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const signature = await crypto.subtle.sign(
    'HMAC',
    await key(secret, 'sign'),
    encoder.encode(`${timestamp}.${body}`),
  )
  return toHex(signature)
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
  const bytes = signature ? fromHex(signature) : undefined
  if (!bytes) return false
  // crypto.subtle.verify compares in constant time.
  return crypto.subtle.verify(
    'HMAC',
    await key(secret, 'verify'),
    bytes,
    encoder.encode(`${sent}.${body}`),
  )
}
