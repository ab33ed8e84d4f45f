import type { Payload, PayloadRequest } from 'payload'

import { defaultFollowUpDays } from '../../../globals/SiteSettings/followUp'

/** The follow-up deadline in days, as editors set it under Innstillinger → Skjema. */
export async function readFollowUpDays(payload: Payload, req?: PayloadRequest): Promise<number> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  return settings.followUpDays ?? defaultFollowUpDays
}
