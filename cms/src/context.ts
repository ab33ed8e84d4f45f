// Makes this file a module, so the declaration below augments Payload's instead of replacing it.
export {}

/**
 * What `req.context` carries: the flags that switch behaviour, and one per-request cache. Payload
 * hands a write's context to every hook it runs and to the writes those hooks make with the same
 * `req`, and types it as `[key: string]: unknown`; declaring each entry here gives it its type and
 * one place that says what it does. A new entry belongs here.
 */
declare module 'payload' {
  export interface RequestContext {
    /**
     * Set by Payload itself while it restores a version: the restore keeps the document's current
     * list place (hooks/keepOrderOnRestore.ts).
     */
    isRestoringVersion?: boolean
    /**
     * Not a switch: the assignees' names read while one request lists submissions, so each user is
     * read once (collections/FormSubmissions/assigneeName.ts).
     */
    assigneeNames?: Map<string, Promise<string | null>>
  }
}
