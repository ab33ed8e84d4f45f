import {
  newsletterEndpoints,
  newsletterStatus,
  newsletterTokenRequestSchema,
  newsletterTokenSchema,
  type NewsletterEndpoint,
} from '@dk/shared'
import type { Endpoint, PayloadRequest } from 'payload'

import { noStore, serviceJson } from './request'

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
      const input = await serviceJson(req)
      if (input instanceof Response) return input
      const parsed = newsletterTokenRequestSchema.safeParse(input.body)
      if (!parsed.success)
        return Response.json({ error: 'invalid' }, { status: newsletterStatus.refused })
      const { token } = parsed.data
      const result = newsletterTokenSchema.safeParse(token).success
        ? await act(req, token)
        : 'invalid'
      return Response.json({ result }, { status: newsletterStatus.answered, headers: noStore })
    },
  }
}
