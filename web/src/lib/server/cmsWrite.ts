// Writes to the CMS as the service user: it may create submissions and subscribers, never read them.
import { env } from './env.ts'
import type { OutboxSubmission } from './outbox/store.ts'

async function post(path: string, body: unknown): Promise<Response> {
  const { CMS_URL, CMS_API_KEY } = env()
  return fetch(new URL(path, CMS_URL), {
    method: 'POST',
    headers: { Authorization: `users API-Key ${CMS_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5_000),
  })
}

/**
 * How the CMS answered a new submission. The contract: 201 stored; 409 already stored (same
 * idempotency key or an identical submission within a day); 400 refused. A 400 that names the
 * idempotencyKey field is the unique index refusing a repeat, so it is "already stored" too.
 * Anything else (5xx, 429, other codes) and network errors throw: try again later.
 */
export type SubmissionOutcome = 'stored' | 'alreadyStored' | 'refused'

export async function createSubmission(submission: OutboxSubmission): Promise<SubmissionOutcome> {
  const response = await post('/api/form-submissions', submission)
  if (response.ok) return 'stored'
  if (response.status === 409) return 'alreadyStored'
  if (response.status === 400) {
    return namesIdempotencyKey(await response.text()) ? 'alreadyStored' : 'refused'
  }
  await response.body?.cancel()
  throw new Error(`CMS svarte ${response.status} på ny innsending`)
}

/** Payload's validation errors list the fields at fault as `path`. */
function namesIdempotencyKey(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: { data?: { errors?: { path?: string }[] } }[] }
    return (parsed.errors ?? []).some((error) =>
      (error.data?.errors ?? []).some((fieldError) => fieldError.path === 'idempotencyKey'),
    )
  } catch {
    return false
  }
}

/** Returns false when the CMS refused the address (e.g. invalid), throws when it is unreachable. */
export async function createSubscriber(email: string): Promise<boolean> {
  const response = await post('/api/newsletter-subscribers', { email })
  if (response.ok) return true
  // Already subscribed: the unique address is refused; say nothing that reveals who is on the list.
  if (response.status === 400) return true
  throw new Error(`CMS svarte ${response.status} på ny abonnent`)
}
