import { settledSubmissionsEndpointPath, settledSubmissionsRequestSchema } from '@dk/shared'
import type { Endpoint } from 'payload'

import { noStore, serviceBody } from '../../../rest/serviceRequest'
import { heldKeys } from '../rules/heldKeys'

/**
 * POST /api/form-submissions/settled `{ keys }` → `{ settled }`: the idempotency keys the CMS
 * holds, as a stored submission or a counted repeat. web's outbox deletes its copy only for these:
 * the answer to the delivery itself (201, 409) can be wrong when a COMMIT fails after it. Service
 * user (and admins) only; answers with keys, never with what was submitted.
 */
export const settledSubmissions: Endpoint = {
  path: settledSubmissionsEndpointPath,
  method: 'post',
  handler: async (req) => {
    const parsed = await serviceBody(req, settledSubmissionsRequestSchema, 'invalid')
    if (parsed instanceof Response) return parsed
    const settled = [...(await heldKeys(req, parsed.data.keys))]
    return Response.json({ settled }, { headers: noStore })
  },
}
