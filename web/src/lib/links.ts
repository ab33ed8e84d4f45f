// Stands in for this site's origin when checking where a path leads.
const here = 'https://here.invalid'

/** What an editor-written address may be: a path here, an anchor, https, or mailto. */
export function safeHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined
  const value = href.trim()
  if (/^#[\w-]+$/.test(value)) return value
  if (value.startsWith('/')) return pathHere(value)
  if (/^mailto:[^\s@]+@[^\s@]+$/.test(value)) return value
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/**
 * The path as browsers read it, when it stays on this site. They drop tabs and line breaks and
 * take a backslash for a slash, so `/\evil.example` and `/\t/evil.example` are `//evil.example`,
 * another site: resolve it the same way (WHATWG URL) and refuse what leaves the origin.
 */
function pathHere(value: string): string | undefined {
  try {
    const url = new URL(value, here)
    return url.origin === here ? `${url.pathname}${url.search}${url.hash}` : undefined
  } catch {
    return undefined
  }
}

export function isExternal(href: string): boolean {
  return /^https?:\/\//.test(href)
}
