import type { Signup, SignupErrorCode, SignupField } from '@dk/shared'

/** What the sign-up form's action sends back to the page (SvelteKit's `form` prop). */
export type FormState = {
  success?: boolean
  errors?: Partial<
    Record<
      SignupField | 'form',
      SignupErrorCode | 'unavailable' | 'rateLimited' | 'tooLarge' | 'notAForm'
    >
  >
  values?: Partial<Pick<Signup, 'name' | 'email' | 'message' | 'interests'>>
}
