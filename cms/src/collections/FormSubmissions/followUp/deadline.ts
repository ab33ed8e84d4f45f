/**
 * When a submission must have been followed up. Days are calendar days in Oslo, because that is
 * how the team and the person read "within three days": a submission from Monday evening is due
 * by the end of Thursday, Oslo time, whatever the clock change did in between. So a submission is
 * overdue from the Oslo midnight that starts day (its Oslo date + `days` + 1).
 *
 * Pure: no Payload, no clock; the caller passes `now`.
 */
export const followUpTimeZone = 'Europe/Oslo'

/** A submission waits for follow-up while it is new, or still has nobody responsible for it. */
export type FollowUpState = { status: string; assignee?: unknown }

/** Statuses after which nobody has to do anything more. */
const closedStatuses: readonly string[] = ['onboarded', 'declined', 'spam']

export function awaitsFollowUp({ status, assignee }: FollowUpState): boolean {
  if (status === 'new') return true
  return !closedStatuses.includes(status) && (assignee === null || assignee === undefined)
}

type CalendarDate = { year: number; month: number; day: number }

const osloParts = new Intl.DateTimeFormat('en-US', {
  timeZone: followUpTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

function wallClock(instant: Date) {
  const parts = Object.fromEntries(
    osloParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  )
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>
}

/** The Oslo calendar date of an instant. */
export function osloDate(instant: Date): CalendarDate {
  const { year, month, day } = wallClock(instant)
  return { year, month, day }
}

/** `YYYY-MM-DD` of an instant in Oslo: the key of "one day" for the daily reminders. */
export function osloDay(instant: Date): string {
  const { year, month, day } = osloDate(instant)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The instant Oslo's clocks show 00:00 on `date` plus `addDays` (which may overflow the month). */
export function osloMidnight(date: CalendarDate, addDays = 0): Date {
  const wanted = Date.UTC(date.year, date.month - 1, date.day + addDays)
  // Oslo is UTC+1 or UTC+2; correct a first guess by the offset the wall clock shows there.
  // Clocks change at 01:00 or 02:00 UTC, never at Oslo midnight, so two steps always settle.
  let guess = wanted
  for (let step = 0; step < 2; step++) {
    const shown = wallClock(new Date(guess))
    const shownAsUtc = Date.UTC(
      shown.year,
      shown.month - 1,
      shown.day,
      shown.hour,
      shown.minute,
      shown.second,
    )
    guess -= shownAsUtc - wanted
  }
  return new Date(guess)
}

/** The first instant at which a submission created at `createdAt` is overdue. */
export function followUpDeadline(createdAt: Date, days: number): Date {
  return osloMidnight(osloDate(createdAt), days + 1)
}

/**
 * Submissions created before this instant are past their deadline at `now`: the same rule as
 * `followUpDeadline`, turned around for a database query (`createdAt < cutoff`).
 */
export function overdueCutoff(now: Date, days: number): Date {
  return osloMidnight(osloDate(now), -days)
}

export function isOverdue(
  submission: FollowUpState & { createdAt: string | Date },
  now: Date,
  days: number,
): boolean {
  if (!awaitsFollowUp(submission)) return false
  return now.getTime() >= followUpDeadline(new Date(submission.createdAt), days).getTime()
}

/** Whole Oslo calendar days from the submission's day to `now`'s day (0 on the same day). */
export function daysWaiting(createdAt: Date, now: Date): number {
  const from = osloDate(createdAt)
  const to = osloDate(now)
  const utcDay = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day)
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000)
}
