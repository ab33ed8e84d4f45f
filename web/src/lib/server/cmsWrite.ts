// Writes to the CMS as the service user: it may create submissions and subscribers, never read them.
import type { Signup } from '@dk/shared'

import { env } from './env.ts'

async function post(path: string, body: unknown): Promise<Response> {
  const { CMS_URL, CMS_API_KEY } = env()
  return fetch(new URL(path, CMS_URL), {
    method: 'POST',
    headers: { Authorization: `users API-Key ${CMS_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5_000),
  })
}

export async function createSubmission(
  submission: Signup & { sourcePage: string; idempotencyKey: string },
) {
  const response = await post('/api/form-submissions', submission)
  if (!response.ok) throw new Error(`CMS svarte ${response.status} på ny innsending`)
}

/** Returns false when the CMS refused the address (e.g. invalid), throws when it is unreachable. */
export async function createSubscriber(email: string): Promise<boolean> {
  const response = await post('/api/newsletter-subscribers', { email })
  if (response.ok) return true
  // Already subscribed: the unique address is refused; say nothing that reveals who is on the list.
  if (response.status === 400) return true
  throw new Error(`CMS svarte ${response.status} på ny abonnent`)
}
