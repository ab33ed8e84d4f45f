// Writes to the CMS as the service user: it may create submissions and subscribers, never read them.
import {
  confirmResultSchema,
  settledSubmissionsMaxKeys,
  settledSubmissionsPath,
  settledSubmissionsResponseSchema,
  unsubscribeResultSchema,
  type ConfirmResult,
  type UnsubscribeResult,
} from '@dk/shared'
import type { z } from 'zod'

import { env } from '../env.ts'
import type { OutboxSubmission } from '../signup/outbox/store.ts'

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
 * idempotency key or an identical submission within a day); 400 refused. Anything else (5xx,
 * 429, other codes) and network errors throw: try again later.
 */
export type SubmissionOutcome = 'stored' | 'alreadyStored' | 'refused'

export async function createSubmission(submission: OutboxSubmission): Promise<SubmissionOutcome> {
  const response = await post('/api/form-submissions', submission)
  if (response.ok) return 'stored'
  if (response.status === 409) return 'alreadyStored'
  await response.body?.cancel()
  if (response.status === 400) return 'refused'
  throw new Error(`CMS svarte ${response.status} på ny innsending`)
}

/**
 * Which of these idempotency keys the CMS holds (stored, or counted as a repeat). The outbox's
 * evidence that a delivery answered 201/409 was really stored; a COMMIT can fail after the answer.
 * Throws when the CMS does not answer; the keys are asked again later.
 */
export async function settledSubmissions(keys: readonly string[]): Promise<Set<string>> {
  const settled = new Set<string>()
  for (let start = 0; start < keys.length; start += settledSubmissionsMaxKeys) {
    const response = await post(settledSubmissionsPath, {
      keys: keys.slice(start, start + settledSubmissionsMaxKeys),
    })
    if (!response.ok) {
      await response.body?.cancel()
      throw new Error(`CMS svarte ${response.status} på spørsmål om lagrede innsendinger`)
    }
    const answer = settledSubmissionsResponseSchema.parse(await response.json())
    for (const key of answer.settled) settled.add(key)
  }
  return settled
}

/**
 * Starts the double opt-in. The CMS answers alike for new, pending and confirmed addresses.
 * Returns false when it refused the address as invalid; throws when it is unreachable or failed.
 */
export async function createSubscriber(email: string): Promise<boolean> {
  const response = await post('/api/newsletter-subscribers/subscribe', { email })
  if (response.ok) return true
  if (response.status === 400) return false
  throw new Error(`CMS svarte ${response.status} på ny abonnent`)
}

/** The visitor pressed the button on the page a newsletter mail links to. */
export async function confirmSubscriber(token: string): Promise<ConfirmResult> {
  return tokenCall('/api/newsletter-subscribers/confirm', token, confirmResultSchema)
}

export async function unsubscribeSubscriber(token: string): Promise<UnsubscribeResult> {
  return tokenCall('/api/newsletter-subscribers/unsubscribe', token, unsubscribeResultSchema)
}

async function tokenCall<Result>(
  path: string,
  token: string,
  schema: z.ZodType<{ result: Result }>,
): Promise<Result> {
  const response = await post(path, { token })
  // The CMS refuses a malformed body with 400; for the visitor that is a link that does not work.
  if (response.status === 400) return 'invalid' as Result
  if (!response.ok) throw new Error(`CMS svarte ${response.status} på ${path}`)
  return schema.parse(await response.json()).result
}
