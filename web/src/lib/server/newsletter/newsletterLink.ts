// The pages a newsletter mail links to. The link only opens a page; the change happens when the
// visitor presses its button (a POST), because mail scanners open every link in a mail.
import { newsletterTokenSchema } from '@dk/shared'
import { fail } from '@sveltejs/kit'

import type { TokenOutcome } from '@dk/shared'

import { errorForLog, log } from '../log.ts'
import { RateLimiter } from '../guards/rateLimit.ts'
import { readForm, unreadableStatus } from '../signup/readForm.ts'

const limiter = new RateLimiter(20, 10 * 60_000)
/** A token and a little form overhead; anything larger is not our form. */
const maxBodyBytes = 1_024

export type LinkPageError = 'rateLimited' | 'unavailable'

type LoadEvent = { url: URL; setHeaders: (headers: Record<string, string>) => void }

/** The token from the link, and whether it can be one at all (a broken link needs no button). */
export function linkPageLoad({ url, setHeaders }: LoadEvent) {
  // The address carries a secret: never cached, never indexed.
  setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' })
  const token = url.searchParams.get('token') ?? ''
  return { token, tokenLooksValid: newsletterTokenSchema.safeParse(token).success }
}

type ActionEvent = { request: Request; getClientAddress: () => string }

export async function linkPageAction<Result extends string>(
  { request, getClientAddress }: ActionEvent,
  area: string,
  call: (token: string) => Promise<TokenOutcome<Result>>,
) {
  if (!limiter.allow(getClientAddress()))
    return fail(429, { error: 'rateLimited' satisfies LinkPageError })
  if (Number(request.headers.get('content-length') ?? maxBodyBytes + 1) > maxBodyBytes)
    return fail(413, { error: 'unavailable' satisfies LinkPageError })
  const formData = await readForm(request)
  if (!(formData instanceof FormData))
    return fail(unreadableStatus(formData), { error: 'unavailable' satisfies LinkPageError })
  const token = formData.get('token')
  if (typeof token !== 'string' || !newsletterTokenSchema.safeParse(token).success)
    return { result: 'invalid' as const }
  const outcome = await call(token).catch((error: unknown) => {
    log.error(area, `CMS-kallet feilet: ${errorForLog(error)}`)
    return undefined
  })
  if (outcome?.kind === 'answered') return { result: outcome.result }
  if (outcome) log.error(area, `CMS-kallet feilet: CMS svarte ${outcome.status || 'ikke'}`)
  return fail(503, { error: 'unavailable' satisfies LinkPageError })
}
