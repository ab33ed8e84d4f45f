// The forms' start time (`startedAt`), signed by web so the minimum fill time is not the client's
// word: a hidden field `<milliseconds>.<signature>`, set when a page is served (renderedPages.ts
// signs it per visit). Unsigned, forged, too old (replayed) or future values count as automated.
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto'

import { env } from '../env.ts'

/** A start time older than this is a replay, not a person who left the tab open. */
export const maxFormAgeMs = 24 * 60 * 60 * 1000

// 128 bits of HMAC-SHA256 are plenty against guessing, and keep the field short.
const signatureLength = 22

// An HMAC made from raw key bytes prepares a key object every time, about six times the cost of
// the HMAC itself (22 µs against 3.5 µs here); every page served and every post signs or checks
// one, so each key is prepared once.
const prepared = new WeakMap<Uint8Array, KeyObject>()
function keyObject(key: Uint8Array): KeyObject {
  let object = prepared.get(key)
  if (!object) prepared.set(key, (object = createSecretKey(key)))
  return object
}

function signature(key: Uint8Array, at: number): string {
  return createHmac('sha256', keyObject(key))
    .update(`form-start.${at}`)
    .digest('base64url')
    .slice(0, signatureLength)
}

/** The field's value for a form served at `at` (ms). */
export function signStartTime(key: Uint8Array, at: number): string {
  return `${at}.${signature(key, at)}`
}

/** The start time `value` carries, or undefined when it is not one web signed with `key`. */
export function verifiedStartTime(key: Uint8Array, value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const match = /^(\d{1,15})\.([\w-]+)$/.exec(value)
  if (!match) return undefined
  const at = Number(match[1])
  const given = Buffer.from(match[2] ?? '')
  const expected = Buffer.from(signature(key, at))
  return given.length === expected.length && timingSafeEqual(given, expected) ? at : undefined
}

let key: Uint8Array | undefined

/**
 * FORM_SECRET when set; otherwise derived from REVALIDATE_SECRET, which every web replica already
 * shares: a form served by one replica is accepted by another, and after a restart. (A key made
 * at random per process would silently drop the submissions of everyone with the page open.)
 */
export function formKey(): Uint8Array {
  const { FORM_SECRET, REVALIDATE_SECRET } = env()
  key ??= FORM_SECRET
    ? Buffer.from(FORM_SECRET)
    : createHmac('sha256', REVALIDATE_SECRET).update('datakollektivet form start time').digest()
  return key
}
