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
  admin: { hidden: true },
}
