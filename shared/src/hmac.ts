// HMAC-SHA256 with Web Crypto, so the same code runs in both servers without Node-only imports.
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

/** The signature of `message` as lowercase hex. */
export async function hmacSign(secret: string, message: string): Promise<string> {
  return toHex(await crypto.subtle.sign('HMAC', await key(secret, 'sign'), encoder.encode(message)))
}

/** Whether `signature` (hex) signs `message`; compared in constant time by crypto.subtle.verify. */
export async function hmacVerify(
  secret: string,
  message: string,
  signature: string | null | undefined,
): Promise<boolean> {
  const bytes = signature ? fromHex(signature) : undefined
  if (!bytes) return false
  return crypto.subtle.verify('HMAC', await key(secret, 'verify'), bytes, encoder.encode(message))
}
