/** Why a posted body could not be read as a form. */
export type UnreadableForm = { refused: 'tooLarge' | 'notAForm' }

// What a browser's form sends; anything else (text/plain, JSON, …) is not our form.
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data']

/**
 * The posted form, or why it could not be read: over BODY_SIZE_LIMIT (web/server.js), so the
 * action answers 413 with the form's own message instead of the generic error page; or not a form
 * at all (another content type, broken multipart), a 400. Anyone can send either: never a 500.
 */
export async function readForm(request: Request): Promise<FormData | UnreadableForm> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (!formTypes.includes(type)) return { refused: 'notAForm' }
  try {
    return await request.formData()
  } catch (error) {
    return { refused: isTooLarge(error) ? 'tooLarge' : 'notAForm' }
  }
}

// SvelteKit errors the body stream with a 413 error; fetch's body parser may wrap it as the cause.
function isTooLarge(error: unknown): boolean {
  const status = (value: unknown) => (value as { status?: unknown } | null)?.status
  return status(error) === 413 || status((error as { cause?: unknown } | null)?.cause) === 413
}

/** The status to answer an unreadable form with. */
export const unreadableStatus = ({ refused }: UnreadableForm) =>
  refused === 'tooLarge' ? 413 : 400
