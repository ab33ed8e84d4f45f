/**
 * The posted form, or undefined when the body was over BODY_SIZE_LIMIT (web/server.js): the
 * action then answers 413 with the form's own message instead of the generic error page.
 */
export async function readForm(request: Request): Promise<FormData | undefined> {
  try {
    return await request.formData()
  } catch (error) {
    if (isTooLarge(error)) return undefined
    throw error
  }
}

// SvelteKit errors the body stream with a 413 error; fetch's body parser may wrap it as the cause.
function isTooLarge(error: unknown): boolean {
  const status = (value: unknown) => (value as { status?: unknown } | null)?.status
  return status(error) === 413 || status((error as { cause?: unknown } | null)?.cause) === 413
}
