// What the pages behind the newsletter mail's links (/nyhetsbrev/bekreft, /nyhetsbrev/avmeld) show.
type LinkPageForm = { result: string } | { error: string } | null | undefined

/** The CMS's answer once the button was pressed; 'invalid' at once for a link that cannot be right. */
export function linkPageResult(form: LinkPageForm, tokenLooksValid: boolean): string | undefined {
  if (form && 'result' in form) return form.result
  return tokenLooksValid ? undefined : 'invalid'
}

/** The site-settings text for a press of the button that did not get through. */
export function linkPageErrorText(
  form: LinkPageForm,
  texts: { errorRateLimited: string; errorUnavailable: string },
): string | undefined {
  if (!form || !('error' in form)) return undefined
  return form.error === 'rateLimited' ? texts.errorRateLimited : texts.errorUnavailable
}
