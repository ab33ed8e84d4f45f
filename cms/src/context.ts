// Makes this file a module, so the declaration below augments Payload's instead of replacing it.
export {}

/**
 * The flags in `req.context` that switch behaviour. Payload hands a write's context to every hook
 * it runs and to the writes those hooks make with the same `req`. Payload types the context as
 * `[key: string]: unknown`; declaring each flag here gives it its type, and one place that says what
 * it switches. A new flag belongs here.
 */
declare module 'payload' {
  export interface RequestContext {
    /**
     * Set by Payload itself while it restores a version: the restore keeps the document's current
     * list place (hooks/keepOrderOnRestore.ts).
     */
    isRestoringVersion?: boolean
  }
}
