import {
  ValidationError,
  type CollectionBeforeValidateHook,
  type GlobalBeforeValidateHook,
} from 'payload'

export const unsafeLinkMessage =
  'Lenken kan ikke bruke «javascript:», «data:» eller «vbscript:». Bruk en side her (/…) eller en full adresse (https://…).'

/**
 * Whether a link address would run script or smuggle content instead of opening a page. Browsers
 * ignore whitespace and control characters inside the scheme (`java\tscript:`), so they go first;
 * `/\evil.example` is read as `//evil.example`, another site, though it looks like a path here.
 */
export function isUnsafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  return /^(javascript|data|vbscript):/.test(compact) || /^[/\\][/\\]/.test(compact)
}

/** The path of the first rich text link with an unsafe address in `value`, or null. */
function findUnsafeLink(value: unknown, path: string[]): string | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeLink(item, [...path, String(index)])
      if (found) return found
    }
    return null
  }
  if (!value || typeof value !== 'object') return null
  const node = value as { type?: unknown; fields?: { url?: unknown }; root?: unknown }
  if (
    (node.type === 'link' || node.type === 'autolink') &&
    typeof node.fields?.url === 'string' &&
    isUnsafeUrl(node.fields.url)
  )
    return path.join('.')
  for (const [key, child] of Object.entries(value)) {
    const found = findUnsafeLink(child, [...path, key])
    if (found) return found
  }
  return null
}

function check(data: unknown, slug: string) {
  const found = findUnsafeLink(data, [])
  if (!found) return
  // Inside a Lexical document the rich text field's own path is what the admin can point to.
  const fieldPath = found.split('.root')[0] ?? found
  throw new ValidationError({
    collection: slug,
    errors: [{ path: fieldPath, message: unsafeLinkMessage }],
  })
}

/**
 * Rich text links with `javascript:`, `data:` or `vbscript:` are refused at save, as web already
 * drops them when rendering: stored, they would wait for the next renderer that forgets to.
 */
export const refuseUnsafeLinks: CollectionBeforeValidateHook = ({ data, collection }) => {
  check(data, collection.slug)
  return data
}

export const refuseUnsafeLinksInGlobal: GlobalBeforeValidateHook = ({ data, global }) => {
  check(data, global.slug)
  return data
}
