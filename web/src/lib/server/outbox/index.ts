// The one outbox of this web process, wired to the CMS and the environment.
import { createSubmission, settledSubmissions } from '../cmsWrite.ts'
import { env } from '../env.ts'
import { OutboxDelivery } from './delivery.ts'
import { OutboxStore } from './store.ts'

let delivery: OutboxDelivery | undefined

export function outbox(): OutboxDelivery {
  if (delivery) return delivery
  const { OUTBOX_DIR, OUTBOX_RETRY_MIN_MS, OUTBOX_RETRY_MAX_MS } = env()
  delivery = new OutboxDelivery({
    store: new OutboxStore(OUTBOX_DIR),
    send: (entry) => createSubmission(entry.submission),
    settled: settledSubmissions,
    minDelayMs: OUTBOX_RETRY_MIN_MS,
    maxDelayMs: OUTBOX_RETRY_MAX_MS,
  })
  return delivery
}
