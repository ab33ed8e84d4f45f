// @ts-check
// Progressive enhancement of the "Bygg med oss" form, loaded only by pages that show it. Without
// this script the form is a plain POST and the server answers with the whole page; with it the
// same POST goes through fetch and only the form's part of that answer is swapped in, so the page
// does not reload. The server renders both, so they can never disagree. SvelteKit's use:enhance
// would do the same but needs its client runtime on the page: about 30 KB compressed (measured, see
// docs/architecture.md), over the 20 KB budget for a content page; this is about 1 KB.

document.addEventListener('submit', async (event) => {
  const form = event.target
  if (!(form instanceof HTMLFormElement) || !form.matches('[data-signup-form]')) return
  const section = form.closest('section')
  const live = section?.querySelector('[data-signup-live]')
  if (!section || !live) return
  event.preventDefault()
  if (form.getAttribute('aria-busy') === 'true') return
  form.setAttribute('aria-busy', 'true')

  let page
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: { Accept: 'text/html' },
    })
    page = new DOMParser().parseFromString(await response.text(), 'text/html')
  } catch {
    // Offline or similar: let the browser post it the ordinary way and show what it shows.
    form.removeAttribute('aria-busy')
    form.submit()
    return
  }

  const answer = page.getElementById(section.id)
  const answerLive = answer?.querySelector('[data-signup-live]')
  if (!answer || !answerLive) {
    // Not the form page (e.g. an error page): show it as the browser would have.
    document.documentElement.replaceWith(page.documentElement)
    return
  }
  // The live region stays in place and gets new content, so screen readers announce it.
  live.replaceChildren(...answerLive.childNodes)
  const answerForm = answer.querySelector('[data-signup-form]')
  if (answerForm) form.replaceWith(answerForm)
  else form.remove()

  // Focus as after a reload: the thank-you note, else the first field to fix, else the summary.
  const summary = live.querySelector('[data-signup-summary]')
  const target =
    live.querySelector('[data-signup-success]') ??
    (summary?.hasAttribute('data-form-error')
      ? null
      : section.querySelector('[aria-invalid="true"]')) ??
    summary
  if (target instanceof HTMLElement) target.focus()
})
