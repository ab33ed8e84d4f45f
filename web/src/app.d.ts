import type { PageView } from '@dk/shared'

declare global {
  namespace App {
    interface Locals {
      /**
       * This request's page view, looked up once (content/requestView.ts) and shared by the hook,
       * the page's load and its form actions.
       */
      pageView?: Promise<PageView>
    }
  }
}

export {}
