import type { PageView, SiteSettings } from '@dk/shared'

// Types only: the form actions' answers, defined beside the actions that give them.
import type { NewsletterState } from '../server/newsletter/formState.ts'
import type { FormState } from '../server/signup/formState.ts'

export type { FormState, NewsletterState }

/** Everything a block may need besides its own data. */
export type PageContext = {
  settings: SiteSettings
  interestOptions: PageView['interestOptions']
  form: { signup?: FormState; newsletter?: NewsletterState } | null
  /** When the page was served, signed by web (signup/startTime.ts); echoed by the forms. */
  startedAt: string
}
