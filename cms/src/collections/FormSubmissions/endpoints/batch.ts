import {
  errorForLog,
  submissionBatchEndpointPath,
  submissionBatchMaxBytes,
  submissionBatchRequestSchema,
} from '@dk/shared'
import type { Endpoint } from 'payload'

import { isUniqueViolation } from '../../../database/uniqueViolation'
import { noStore, serviceBody } from '../../../rest/serviceRequest'
import { storeBatch } from '../batch/storeBatch'

/**
 * POST /api/form-submissions/batch `{ submissions }` → `{ results }`: many sign-ups stored at
 * once (batch/storeBatch.ts), answered per idempotency key after the COMMIT. Service user (and
 * admins) only. 503 when nothing could be stored: web delivers the whole batch again later.
 */
export const submissionBatch: Endpoint = {
  path: submissionBatchEndpointPath,
  method: 'post',
  handler: async (req) => {
    const parsed = await serviceBody(
      req,
      submissionBatchRequestSchema,
      'invalid',
      submissionBatchMaxBytes,
    )
    if (parsed instanceof Response) return parsed
    try {
      const results = await storeBatch(req, parsed.data.submissions)
      return Response.json({ results }, { headers: noStore })
    } catch (error) {
      // The same key in two batches at once (web retried one after a timeout): the unique index
      // stopped the second, whose retry finds the key stored and answers 409. Anything else: the
      // database failed. Its messages may quote what was sent: errorForLog leaves them out.
      if (isUniqueViolation(error, 'idempotencyKey', req)) {
        req.payload.logger.info(
          'innsendinger: en nøkkel i samlingen ble lagret av en annen forespørsel samtidig; web sender samlingen igjen',
        )
      } else {
        req.payload.logger.error(
          `innsendinger: en samling kunne ikke lagres (${errorForLog(error)})`,
        )
      }
      return Response.json({ error: 'unavailable' }, { status: 503, headers: noStore })
    }
  },
}
