/** People need a few seconds to fill in a form; scripts that post at once are not people. */
export const minimumFillMs = 3_000

/** A filled-in honeypot (`website`) or a form sent sooner than people manage (`startedAt`). */
export function looksAutomated(formData: FormData, now = Date.now()): boolean {
  const honeypot = formData.get('website')
  if (typeof honeypot === 'string' && honeypot !== '') return true
  const given = formData.get('startedAt')
  // A missing start time is Number(null) = 0, "long ago": it must count as automated too.
  if (typeof given !== 'string' || given.trim() === '') return true
  const startedAt = Number(given)
  return !Number.isFinite(startedAt) || now - startedAt < minimumFillMs
}
