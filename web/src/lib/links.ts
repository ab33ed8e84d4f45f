/** What an editor-written address may be: a path here, an anchor, https, or mailto. */
export function safeHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined
  const value = href.trim()
  if (/^\/(?!\/)/.test(value) || /^#[\w-]+$/.test(value)) return value
  if (/^mailto:[^\s@]+@[^\s@]+$/.test(value)) return value
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

export function isExternal(href: string): boolean {
  return /^https?:\/\//.test(href)
}
