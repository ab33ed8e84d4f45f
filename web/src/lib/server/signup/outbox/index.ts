// The one outbox of this web process, wired to the CMS and the environment.
import { createSubmissions, settledSubmissions } from '../../cms/client.ts'
import { env } from '../../env.ts'
import { OutboxDelivery } from './delivery.ts'
import { startHousekeeping } from './housekeeping.ts'
import { OutboxStore } from './store.ts'

let delivery: OutboxDelivery | undefined
let store: OutboxStore | undefined

const outboxStore = () => (store ??= new OutboxStore(env().OUTBOX_DIR))

/** Sweeps tmp/ and deletes refused submissions after OUTBOX_REJECTED_RETENTION_DAYS. */
export function startOutboxHousekeeping(): void {
  startHousekeeping(outboxStore(), env().OUTBOX_REJECTED_RETENTION_DAYS)
}

export function outbox(): OutboxDelivery {
  if (delivery) return delivery
  const { OUTBOX_RETRY_MIN_MS, OUTBOX_RETRY_MAX_MS } = env()
  delivery = new OutboxDelivery({
    store: outboxStore(),
    send: (entries) => createSubmissions(entries.map((entry) => entry.submission)),
    settled: settledSubmissions,
    minDelayMs: OUTBOX_RETRY_MIN_MS,
    maxDelayMs: OUTBOX_RETRY_MAX_MS,
  })
  return delivery
}
