import type { PageView, Signup, SignupErrorCode, SignupField } from '@dk/shared'

/** What a form action sends back to the page (SvelteKit's `form` prop), per form. */
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

export type NewsletterState = {
  success?: boolean
  error?: 'email' | 'unavailable' | 'rateLimited'
  email?: string
}

/** Everything a block may need besides its own data. */
export type PageContext = {
  settings: PageView['settings']
  interestOptions: PageView['interestOptions']
  form: { signup?: FormState; newsletter?: NewsletterState } | null
  /** When the page was served, signed by web (signup/startTime.ts); echoed by the forms. */
  startedAt: string
}
