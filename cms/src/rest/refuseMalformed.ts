const badRequest = (message: string) =>
  Response.json(
    { errors: [{ message }] },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  )

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * Refuses, with 400, what Payload's REST layer would otherwise parse into a 500 before any hook
 * runs: a `where` or `data` query parameter that is not JSON, and a multipart body that is broken or
 * whose `_payload` is not JSON. A 500 is for our faults, not for anyone's odd request.
 */
async function malformed(request: Request): Promise<string | null> {
  const { searchParams } = new URL(request.url)
  for (const name of ['where', 'data']) {
    const value = searchParams.get(name)
    if (value && !parsesAsJson(value)) return `Parameteren «${name}» er ikke gyldig.`
  }
  const contentType = request.headers.get('content-type') ?? ''
  if (request.body && contentType.toLowerCase().startsWith('multipart/')) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return 'Skjemadataene kunne ikke leses.'
    }
    const payloadField = form.get('_payload')
    if (typeof payloadField === 'string' && !parsesAsJson(payloadField))
      return 'Skjemadataene kunne ikke leses.'
  }
  return null
}

export function refuseMalformed<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const problem = await malformed(request)
    return problem ? badRequest(problem) : handler(request, context)
  }
}
