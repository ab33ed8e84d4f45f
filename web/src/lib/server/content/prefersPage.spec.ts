import { describe, expect, it } from 'vitest'

import { prefersPage } from './prefersPage.ts'

// SvelteKit answers a form post with the page unless its Accept negotiation picks JSON
// (is_action_json_request); the kept thank-you may stand in only where it picks the page.
describe('prefersPage', () => {
  it('is the page for what browsers and the form script send', () => {
    for (const accept of [
      'text/html',
      'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'text/html, application/json;q=0.9',
      'application/json;q=0.5, text/*',
      // Accepts neither: SvelteKit renders the page.
      'image/png',
      '',
    ])
      expect(prefersPage(accept), accept).toBe(true)
  })

  it('is JSON where SvelteKit answers with the action result (use:enhance), or on a tie', () => {
    for (const accept of [
      null,
      '*/*',
      'application/json',
      'application/json, text/html',
      'text/html;q=0.5, application/json',
      'text/*, application/json',
      'text/html;q=0.9, */*',
      'application/*',
    ])
      expect(prefersPage(accept), String(accept)).toBe(false)
  })
})
