// web's read-back after delivering sign-ups: which of these idempotency keys does the CMS hold?
// A 201 alone is not proof (a COMMIT can fail after it), so web deletes its outbox copy only for
// keys the CMS lists here. Keys only, in both directions: no personal data.
import { z } from 'zod'

/** Endpoint path under the CMS's /api, mounted on the form-submissions collection. */
export const settledSubmissionsPath = '/api/form-submissions/settled'

/** Keys per request; web splits longer lists. Keeps a request under the CMS's 2 KB body limit. */
export const settledSubmissionsMaxKeys = 40

export const settledSubmissionsRequestSchema = z.strictObject({
  keys: z.array(z.string().min(1).max(100)).min(1).max(settledSubmissionsMaxKeys),
})

/**
 * The asked keys the CMS holds: stored as a submission, or counted as a repeat of one (the
 * same person sending the same thing again, which is stored once, on the original).
 */
export const settledSubmissionsResponseSchema = z.object({ settled: z.array(z.string()) })
