/** A CMS user's email and password, e.g. the stack's administrator. */
export type Credentials = { email: string; password: string }

/**
 * Logs a user in through the CMS's REST API (`POST /api/users/login`, the admin's own login) and
 * returns the JWT for an `Authorization: JWT …` header. Anything but 200 throws, with the status.
 * `cmsUrl` is where `/api` is served: the CMS itself, or a proxy in front of it.
 */
export async function cmsLogin(cmsUrl: string, credentials: Credentials): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
    signal: AbortSignal.timeout(30_000),
  })
  if (response.status !== 200) {
    await response.body?.cancel()
    throw new Error(`CMS login as ${credentials.email} answered ${response.status}`)
  }
  const { token } = (await response.json()) as { token?: unknown }
  if (typeof token !== 'string') throw new Error('CMS login answered without a token')
  return token
}
