import type { Field } from 'payload'

/**
 * A stable key for documents the seed creates, so that seeding again finds them instead of
 * creating duplicates, even after an editor has changed their title.
 */
export const seedKey: Field = {
  name: 'seedKey',
  type: 'text',
  unique: true,
  index: true,
  // Hidden in the document and, by NoDiff, in the version comparison: it is the seed's, not the editors'.
  admin: { hidden: true, components: { Diff: '/admin/NoDiff#NoDiff' } },
}
