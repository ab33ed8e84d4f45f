import type { Access, CollectionConfig } from 'payload'

import { validateQuery } from '../hooks/validateQuery'

const nobody: Access = () => false

/**
 * What every collection gets unless it says otherwise:
 * - `readVersions`: Payload's default lets any logged-in user read a collection's history, and on a
 *   collection without versions the query fails with a 500. Without versions nobody reads any; with
 *   versions but no rule of its own, only who may read every document of the collection.
 * - the query check of hooks/validateQuery.ts, before any other hook.
 * - no «API» tab on documents: it shows the raw JSON and the REST address, which editors and
 *   recruiters have no use for (the first-time-editor walkthrough, issue 20); admins use REST.
 */
export function withSafeDefaults(collection: CollectionConfig): CollectionConfig {
  const { access = {}, hooks = {} } = collection
  const read = access.read
  const readVersions: Access =
    access.readVersions ??
    (collection.versions && read ? async (args) => (await read(args)) === true : nobody)
  return {
    ...collection,
    admin: { hideAPIURL: true, ...collection.admin },
    access: { ...access, readVersions },
    hooks: { ...hooks, beforeOperation: [validateQuery, ...(hooks.beforeOperation ?? [])] },
  }
}
