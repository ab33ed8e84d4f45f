import { maxFormAgeMs, verifiedStartTime, type FormKey } from '../signup/startTime.ts'

/** People need a few seconds to fill in a form; scripts that post at once are not people. */
export const minimumFillMs = 3_000

/**
 * A filled-in honeypot (`website`), or a start time (`startedAt`) web did not sign with `key`, from
 * the future, too recent for a person (sent sooner than people manage) or too old (replayed).
 */
export function looksAutomated(formData: FormData, key: FormKey, now = Date.now()): boolean {
  const honeypot = formData.get('website')
  if (typeof honeypot === 'string' && honeypot !== '') return true
  const startedAt = verifiedStartTime(key, formData.get('startedAt'))
  if (startedAt === undefined) return true
  const age = now - startedAt
  return age < minimumFillMs || age > maxFormAgeMs
}
