// Keeps the outbox's side folders from filling silently. Refused submissions (personal data the
// CMS would not take) are deleted a number of days after they were set aside; while any wait in
// rejected/, an error line says so every hour (and the operators' /hooks/readyz counts them);
// writes a crash left in tmp/ are swept.
import { errorForLog, log } from '../../log.ts'
import type { OutboxStore } from './store.ts'

const dayMs = 24 * 60 * 60_000

/** One round: sweep, delete what is past the retention, and tell the operator what is left. */
export async function keepHouse(store: OutboxStore, retentionDays: number, now = Date.now()) {
  const swept = await store.sweepTmp(now)
  if (swept > 0) log.warn('outbox', `fjernet ${swept} ufullførte skrivinger fra tmp/`)
  const deleted = await store.sweepRejected(now - retentionDays * dayMs)
  if (deleted > 0)
    log.warn('outbox', `slettet ${deleted} avviste innsendinger eldre enn ${retentionDays} dager`)
  const waiting = await store.rejectedCount()
  if (waiting > 0)
    log.error(
      'outbox',
      `${waiting} innsendinger avvist av CMS ligger i rejected/ og slettes ${retentionDays} dager ` +
        'etter avvisningen; se driftshåndboken (innsendinger.md)',
    )
}

/** At start, then every `intervalMs`. */
export function startHousekeeping(
  store: OutboxStore,
  retentionDays: number,
  intervalMs = 60 * 60_000,
) {
  const round = () =>
    keepHouse(store, retentionDays).catch((error: unknown) =>
      log.error('outbox', `opprydding feilet: ${errorForLog(error)}`),
    )
  void round()
  setInterval(round, intervalMs).unref()
}
