// The sign-up form's action, worked out once per request. The hook runs it before SvelteKit does
// (a thank-you is answered from its kept rendering, hooks.server.ts) and the page's action hands
// SvelteKit the same outcome when it renders the answer: whichever asks first runs it, the other
// gets its result, so one post is never stored, rate-counted or refused twice.
import { fail, isActionFailure, type RequestEvent } from '@sveltejs/kit'

import { viewOf } from '../content/requestView.ts'
import type { FormState } from './formState.ts'
import { readForm, unreadableStatus } from './readForm.ts'
import { handleSignup } from './signup.ts'

export type SignupOutcome =
  Awaited<ReturnType<typeof handleSignup>> | ReturnType<typeof fail<{ signup: FormState }>>

type ActionEvent = Pick<RequestEvent, 'request' | 'locals' | 'getClientAddress' | 'url'> & {
  params: { slug?: string }
}

/** This request's sign-up outcome: the action's result, from its one run. */
export function signupOutcome(event: ActionEvent): Promise<SignupOutcome> {
  return (event.locals.signup ??= runSignup(event))
}

async function runSignup(event: ActionEvent): Promise<SignupOutcome> {
  const formData = await readForm(event.request)
  if (!(formData instanceof FormData))
    return fail(unreadableStatus(formData), {
      signup: { errors: { form: formData.refused } } satisfies FormState,
    })
  const view = await viewOf(event)
  return handleSignup({
    formData,
    interestKeys: view.interestOptions.map((option) => option.key),
    clientAddress: event.getClientAddress(),
    sourcePage: event.url.pathname,
  })
}

/**
 * The outcome thanks the visitor: a stored sign-up, or the bot trap's answer, which looks the same
 * on purpose. Its page is the same for everyone while the content is unchanged.
 */
export function isThanks(outcome: SignupOutcome | undefined): boolean {
  if (outcome === undefined || isActionFailure(outcome)) return false
  return 'signup' in outcome && outcome.signup.success === true
}
