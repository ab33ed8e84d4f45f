import type { RequestContext } from 'payload'

/**
 * The flags in `req.context` that switch behaviour. Payload hands a write's context to every hook
 * it runs and to the writes those hooks make with the same `req`; declaring the flags here makes a
 * misspelt or unread flag a type error instead of a silent no-op.
 */
declare module 'payload' {
  export interface RequestContext {
    /**
     * Set by the seed on its writes (`seedContext`): web is not told of each seeded document
     * (hooks/revalidateWeb.ts); it reads the content when it starts and on its periodic refresh.
     */
    seeding?: boolean
    /**
     * Set by Payload itself while it restores a version: the restore keeps the document's current
     * list place (hooks/keepOrderOnRestore.ts).
     */
    isRestoringVersion?: boolean
  }
}

/** The context of the seed's writes. */
export const seedContext: RequestContext = { seeding: true }
