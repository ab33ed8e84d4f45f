/**
 * The date picker writes a chosen time as «des. 2, 2026 2:30 p.m.» (date-fns «MMM d, yyy h:mm a»)
 * wherever Payload gives it no display format, as in the «Planlegg publisering» drawer; Payload 3.90
 * has no setting for that drawer's format. This reads such a text back and writes it the way the
 * rest of the admin does (admin/norwegian.ts): «2. desember 2026 kl. 14:30». The text is the
 * picker's wall-clock time in the chosen time zone, so nothing is converted. Anything else,
 * including a text already Norwegian, gives undefined.
 */
const monthStarts = [
  'jan',
  'feb',
  'mar',
  'apr',
  'mai',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'des',
]
const monthNames = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
]
// English month abbreviations that differ from the Norwegian ones, for an admin in English.
const englishStarts: Record<string, number> = { may: 4, oct: 9, dec: 11 }

const twelveHour = /^(\p{L}+)\.? (\d{1,2}), (\d{4}) (\d{1,2}):(\d{2})\s*([ap])\.?\s*m\.?$/iu

export function norwegianPickerTime(shown: string): string | undefined {
  const match = twelveHour.exec(shown.trim())
  if (!match) return undefined
  const [, monthText = '', day, year, hourText, minute, period = ''] = match
  const start = monthText.slice(0, 3).toLowerCase()
  const month = monthStarts.indexOf(start) >= 0 ? monthStarts.indexOf(start) : englishStarts[start]
  const hour12 = Number(hourText)
  if (month === undefined || hour12 < 1 || hour12 > 12) return undefined
  const hour = (hour12 % 12) + (period.toLowerCase() === 'p' ? 12 : 0)
  return `${Number(day)}. ${monthNames[month]} ${year} kl. ${String(hour).padStart(2, '0')}:${minute}`
}
