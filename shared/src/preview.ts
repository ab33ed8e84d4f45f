// Live preview links: the CMS mints a short-lived signed token for one document when an editor
// opens it, and only the CMS verifies it (web passes it through). Whoever holds the link sees
// that document's draft until the token expires, nothing else unpublished: a page's token shows the
// page's draft (with the cards' drafts in its grids), a card's token only that card's draft in its
// published page, the site settings' token (for a page id) that published page with the settings'
// draft (cms/src/preview/previewView.ts).
import { hmacSign, hmacVerify } from './hmac.ts'

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
