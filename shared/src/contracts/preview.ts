// Live preview links: the CMS mints a short-lived signed token for one document when an editor
// opens it, and only the CMS verifies it (web passes it through). Whoever holds the link sees
// that document's draft until the token expires, nothing else unpublished: a page's token shows the
// page's draft (with the cards' drafts in its grids), a card's token only that card's draft in its
// published page, the site settings' token (for a page id) that published page with the settings'
// draft (cms/src/preview/previewView.ts).
//
// web asks for the draft with GET previewViewPath(…) (no API key: the token is the credential) and
// gets a page view (pageView.ts). 401 no token, 403 a token that is wrong or expired, 404 nothing to
// show it on: web answers the editor with the same status. Anything else is unavailable.
import type { z } from 'zod'

import { hmacSign, hmacVerify } from '../hmac.ts'
import { misfits } from './answer.ts'

/** The collections an editor can preview, with the page grid block that shows each kind of card. */
export const previewCollections = {
  pages: null,
  'problem-cards': 'problemCardGrid',
  'contribution-areas': 'contributionAreaGrid',
  'onboarding-steps': 'steps',
  'site-settings': null,
} as const

export type PreviewCollection = keyof typeof previewCollections

export function isPreviewCollection(value: string): value is PreviewCollection {
  return Object.hasOwn(previewCollections, value)
}

/** The CMS's endpoint (under /api), and the path web asks for one document's draft view. */
export const previewViewEndpointPath = '/preview/:collection/:id'

export function previewViewPath(collection: PreviewCollection, id: string, token: string): string {
  return `/api/preview/${collection}/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`
}

/** The refusals the CMS answers a preview request with, each passed on to the editor as is. */
export const previewRefusal = { noToken: 401, badToken: 403, nothingToShow: 404 } as const
export type PreviewRefusal = (typeof previewRefusal)[keyof typeof previewRefusal]

export type PreviewOutcome<View> =
  | { kind: 'ok'; view: View }
  | { kind: 'refused'; status: PreviewRefusal }
  | { kind: 'unavailable'; status: number }
  | { kind: 'invalid'; reason: string }

const refusals: readonly number[] = Object.values(previewRefusal)

/** The CMS's answer to previewViewPath; `schema` is web's page view schema. */
export function previewOutcome<T extends z.ZodType>(
  schema: T,
  status: number,
  body: unknown,
): PreviewOutcome<z.infer<T>> {
  if (refusals.includes(status)) return { kind: 'refused', status: status as PreviewRefusal }
  if (status !== 200) return { kind: 'unavailable', status }
  const parsed = schema.safeParse(body)
  return parsed.success
    ? { kind: 'ok', view: parsed.data }
    : { kind: 'invalid', reason: misfits(parsed.error) }
}

/** web's preview route; the site's address + this is what the admin shows beside the editor. */
export const previewPathPrefix = '/forhandsvisning'

export function previewPath(collection: PreviewCollection, id: number | string, token: string) {
  return `${previewPathPrefix}/${collection}/${encodeURIComponent(String(id))}?token=${encodeURIComponent(token)}`
}

const hourMs = 60 * 60 * 1000
/** A token lives two to three hours: long enough for an editing session, short if a link leaks. */
export const previewTokenLifetimeMs = { min: 2 * hourMs, max: 3 * hourMs }

/**
 * The expiry is rounded up to a whole hour so the link stays the same while the editor works: the
 * admin recomputes the link after every autosave and reloads the preview when it changes.
 */
function expiryFor(now: number): number {
  return (Math.floor(now / hourMs) + 3) * hourMs
}

const message = (collection: string, id: string, expires: number) =>
  `preview.${collection}.${id}.${expires}`

/** `<expiry ms>.<hex HMAC over collection, id and expiry>`. */
export async function signPreviewToken(
  secret: string,
  collection: PreviewCollection,
  id: number | string,
  now = Date.now(),
): Promise<string> {
  const expires = expiryFor(now)
  return `${expires}.${await hmacSign(secret, message(collection, String(id), expires))}`
}

export async function verifyPreviewToken(
  secret: string,
  token: string | null | undefined,
  collection: string,
  id: number | string,
  now = Date.now(),
): Promise<boolean> {
  const [expiresText, signature, ...rest] = (token ?? '').split('.')
  const expires = Number(expiresText)
  if (rest.length || !Number.isSafeInteger(expires) || expires <= now) return false
  // A token from the future beyond its lifetime was not minted by this code.
  if (expires - now > previewTokenLifetimeMs.max) return false
  return hmacVerify(secret, message(collection, String(id), expires), signature)
}
