// What the pages behind the newsletter mail's links (/nyhetsbrev/bekreft, /nyhetsbrev/avmeld) show.
import type { FormTexts, InterfaceTexts } from '@dk/shared'

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

/** One state of a link page: the question with its button, or an outcome with a link home. */
export type LinkPageScreen = { heading: string; text: string; button?: string }

/**
 * The screen for `result`: `ask` (the question and its button) until the CMS answered, then the
 * screen for its answer, 'invalid' for one the page does not know.
 */
export function linkPageScreen(
  result: string | undefined,
  screens: { ask: LinkPageScreen; invalid: LinkPageScreen } & Record<string, LinkPageScreen>,
): LinkPageScreen {
  if (result === undefined) return screens.ask
  return Object.hasOwn(screens, result) && result !== 'ask' ? screens[result]! : screens.invalid
}

type LinkPageData = {
  token: string
  tokenLooksValid: boolean
  settings: { form: FormTexts; interface: InterfaceTexts }
}

/** Everything NewsletterLinkPage shows for this page's data, its form's answer and its screens. */
export function linkPageProps(
  data: LinkPageData,
  form: LinkPageForm,
  screens: Parameters<typeof linkPageScreen>[1],
) {
  return {
    ...linkPageScreen(linkPageResult(form, data.tokenLooksValid), screens),
    token: data.token,
    error: linkPageErrorText(form, data.settings.form),
    homeLinkLabel: data.settings.interface.homeLinkLabel,
  }
}
