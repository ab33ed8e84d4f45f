import { env } from '../env'

/** Whether cookies for this public origin may only travel over HTTPS. */
export const secureCookiesFor = (publicUrl: string) => new URL(publicUrl).protocol === 'https:'

/**
 * The login cookie is `Secure` whenever the CMS is served over HTTPS, as in production behind
 * Caddy with a domain; a plain-HTTP local run (CMS_PUBLIC_URL http://…) could not log in otherwise.
 */
export const authCookies = {
  secure: secureCookiesFor(env.CMS_PUBLIC_URL),
  sameSite: 'Lax' as const,
}
