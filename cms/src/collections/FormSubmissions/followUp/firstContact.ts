/**
 * Time to first contact: from the submission until its status first moved away from "Ny". Pure,
 * over the submission-history entries (any order).
 */
export type StatusChange = {
  statusFrom?: string | null
  statusTo?: string | null
  createdAt: string
}

export function firstContactAt(changes: readonly StatusChange[]): Date | null {
  const moves = changes
    .filter((change) => change.statusFrom === 'new' && change.statusTo && change.statusTo !== 'new')
    .map((change) => new Date(change.createdAt).getTime())
  return moves.length > 0 ? new Date(Math.min(...moves)) : null
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const hour = 3_600_000

/** "2 dager og 3 timer", "5 timer", "under en time": how long, in words a recruiter reads. */
export function formatDuration(ms: number): string {
  const hours = Math.floor(ms / hour)
  if (hours < 1) return 'under en time'
  const days = Math.floor(hours / 24)
  const rest = hours % 24
  const dayText = days === 1 ? '1 dag' : `${days} dager`
  const hourText = rest === 1 ? '1 time' : `${rest} timer`
  if (days === 0) return hourText
  return rest === 0 ? dayText : `${dayText} og ${hourText}`
}
