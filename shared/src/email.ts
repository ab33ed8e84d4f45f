// One rule for an e-mail address, used by web's forms and by the CMS for the same fields, so web
// never thanks for an address the CMS then refuses. It is stricter than both zod's `z.email()`
// (which lets a domain label end in '-', as in x@b-.example.org) and Payload's email field
// (which lets `!#$%&*/=?^{|}~` into the local part): whatever passes here passes both.
import { z } from 'zod'

/** RFC 5321's limits: 64 characters before the @, 254 in all (a path is 256 with its brackets). */
export const emailLimits = { local: 64, total: 254, label: 63 } as const

// Letters, digits and _ ' + - in dot-separated runs: no leading, trailing or double dot.
const localPart = /^[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*$/
// Host names (RFC 1123): labels of letters, digits and inner hyphens; the last (top-level) label
// is letters only. ASCII only: an internationalised domain has to be written in its xn-- form.
const label = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/
const topLevel = /^[A-Za-z]{2,}$/

/** Whether `value` is an address both web and the CMS accept (no trimming, no case folding). */
export function isEmailAddress(value: string): boolean {
  if (value.length > emailLimits.total) return false
  const at = value.lastIndexOf('@')
  const local = value.slice(0, at)
  const domain = value.slice(at + 1)
  if (at < 1 || local.length > emailLimits.local || !localPart.test(local)) return false
  // zod's rule: the character before the @ is not an apostrophe (nor a dot, checked above).
  if (local.endsWith("'")) return false
  const labels = domain.split('.')
  return (
    labels.length >= 2 &&
    labels.every((part) => part.length <= emailLimits.label && label.test(part)) &&
    topLevel.test(labels.at(-1) ?? '')
  )
}

/** A string that is an address by `isEmailAddress`; refusals carry the message `email`. */
export const emailAddress = () => z.string().refine(isEmailAddress, { error: 'email' })
