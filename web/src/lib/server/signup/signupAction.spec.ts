import { isActionFailure } from '@sveltejs/kit'
import { describe, expect, it } from 'vitest'

import { isThanks, signupOutcome } from './signupAction.ts'

const postEvent = (contentType: string) => ({
  request: new Request('http://web.test/bygg-med-oss?/signup', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: 'name=Kari',
  }),
  locals: {},
  getClientAddress: () => '127.0.0.1',
  url: new URL('http://web.test/bygg-med-oss?/signup'),
  params: { slug: 'bygg-med-oss' },
})

describe('signupOutcome', () => {
  it('runs the action once per request, whoever asks (the hook, then the page’s action)', async () => {
    const event = postEvent('text/plain')
    const first = signupOutcome(event)
    // A second run would read the body again, which a request allows only once.
    expect(signupOutcome(event)).toBe(first)
    const outcome = await first
    expect(isActionFailure(outcome) && outcome.status).toBe(400)
    expect(isThanks(outcome)).toBe(false)
  })

  it('takes only a success for a thank-you', () => {
    expect(isThanks({ signup: { success: true } })).toBe(true)
    expect(isThanks(undefined)).toBe(false)
  })
})
