import {
  errorForLog,
  newsletterEndpoints,
  newsletterStatus,
  subscribeRequestSchema,
} from '@dk/shared'
import type { Endpoint } from 'payload'

import { noStore, serviceBody } from '../../../rest/serviceRequest'

/**
 * POST /api/newsletter-subscribers/subscribe { email }: starts the double opt-in. The answer is the
 * same, and as quick, whether the address was new, pending or already confirmed, so nobody learns who
 * is on the list: the work is queued (jobs/startNewsletterOptIn.ts). A pending address gets a fresh link at most
 * every ten minutes; a confirmed one gets no mail.
 */
export const subscribe: Endpoint = {
  path: newsletterEndpoints.subscribe,
  method: 'post',
  handler: async (req) => {
    const parsed = await serviceBody(req, subscribeRequestSchema, 'email')
    if (parsed instanceof Response) return parsed
    try {
      // The same work for every address: queue it (jobs/startNewsletterOptIn.ts) and answer.
      await req.payload.jobs.queue({
        task: 'startNewsletterOptIn',
        input: { email: parsed.data.email },
        queue: 'newsletter',
        req,
      })
    } catch (error) {
      // Database errors may quote the address: errorForLog leaves every message out.
      req.payload.logger.error(
        `nyhetsbrev: påmeldingen kunne ikke legges i kø (${errorForLog(error)})`,
      )
      return Response.json(
        { error: 'unavailable' },
        { status: newsletterStatus.unavailable, headers: noStore },
      )
    }
    return Response.json({ ok: true }, { status: newsletterStatus.accepted, headers: noStore })
  },
}
