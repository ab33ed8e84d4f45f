import {
  newsletterEndpoints,
  newsletterStatus,
  newsletterTokenRequestSchema,
  newsletterTokenSchema,
  type NewsletterEndpoint,
} from '@dk/shared'
import type { Endpoint, PayloadRequest } from 'payload'

import { noStore, serviceBody } from '../../../rest/serviceRequest'

/**
 * POST `newsletterEndpoints[endpoint]` { token } from web's service user, for the links in newsletter mails. `act` gets only
 * well-formed tokens; the answer is `{ result }` and never names a subscriber.
 */
export function tokenEndpoint<Result extends string>(
  endpoint: Exclude<NewsletterEndpoint, 'subscribe'>,
  act: (req: PayloadRequest, token: string) => Promise<Result>,
): Endpoint {
  return {
    path: newsletterEndpoints[endpoint],
    method: 'post',
    handler: async (req) => {
      const parsed = await serviceBody(req, newsletterTokenRequestSchema, 'invalid')
      if (parsed instanceof Response) return parsed
      const { token } = parsed.data
      const result = newsletterTokenSchema.safeParse(token).success
        ? await act(req, token)
        : 'invalid'
      return Response.json({ result }, { status: newsletterStatus.answered, headers: noStore })
    },
  }
}
