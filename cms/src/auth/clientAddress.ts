/**
 * The client's address as our proxy saw it. Caddy replaces any X-Forwarded-For a client sends with
 * the address it connected from (it trusts no proxy in front of it), and Next.js fills the header
 * with the socket's address when the CMS is reached directly without one. So the rightmost entry is
 * the one a trusted hop wrote; XFF_DEPTH says how many trusted proxies append to it (1 behind Caddy).
 * Reached directly, a client can name any address here: the per-account rule in loginThrottle.ts
 * does not depend on it.
 */
export function clientAddress(headers: Headers, depth = 1): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  return hops[hops.length - depth] ?? hops[0] ?? 'unknown'
}
