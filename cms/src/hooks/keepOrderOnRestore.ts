import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A card's, area's or step's place in its list is not part of its content: restoring an older
 * version brings back what it said, never where it stood. Without this, a card moved first jumps
 * back to where it was when that version was saved, on the list and on the site at once.
 *
 * Payload's restoreVersion marks the request with `context.isRestoringVersion` before it runs the
 * collection hooks, and hands them the current document as `originalDoc`; the restored data keeps
 * that document's `_order`. Runs before Payload's own order hook, which only fills an empty one.
 */
export const keepOrderOnRestore: CollectionBeforeChangeHook = ({ context, data, originalDoc }) => {
  if (!context.isRestoringVersion) return data
  const current = (originalDoc as { _order?: unknown } | undefined)?._order
  if (typeof current === 'string' && current !== '') return { ...data, _order: current }
  return data
}
