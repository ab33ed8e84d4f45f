/** What the "Følg oss" form's action sends back to the page (SvelteKit's `form` prop). */
export type NewsletterState = {
  success?: boolean
  error?: 'email' | 'unavailable' | 'rateLimited'
  email?: string
}
