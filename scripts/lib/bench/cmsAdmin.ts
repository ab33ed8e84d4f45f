// The CMS's REST API as the stack's administrator, the way an editor's admin screen uses it.
import { cmsLogin } from '@dk/testing/cmsLogin'

export type CmsAdmin = {
  request<T = unknown>(path: string, init?: { method?: string; body?: unknown }): Promise<T>
}

export async function loginAsAdmin(
  cmsUrl: string,
  admin: { email: string; password: string },
): Promise<CmsAdmin> {
  const token = await cmsLogin(cmsUrl, admin)
  return {
    async request<T>(
      path: string,
      { method = 'GET', body }: { method?: string; body?: unknown } = {},
    ) {
      const response = await fetch(`${cmsUrl}/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      })
      if (!response.ok)
        throw new Error(`CMS ${method} ${path}: ${response.status} ${await response.text()}`)
      return (await response.json()) as T
    },
  }
}
