import type { PageView } from '@dk/shared'

import type { SignupOutcome } from '#lib/server/signup/signupAction.ts'

declare global {
  namespace App {
    interface Locals {
      /**
       * This request's page view, looked up once (content/requestView.ts) and shared by the hook,
       * the page's load and its form actions.
       */
      pageView?: Promise<PageView>
      /**
       * This request's sign-up action, run once (signup/signupAction.ts) whether the hook or the
       * page's action asks first.
       */
      signup?: Promise<SignupOutcome>
    }
  }
}

export {}
