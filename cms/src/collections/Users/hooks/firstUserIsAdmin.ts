import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../payload-types'

/**
 * The very first account (Payload's "create first user" screen) has nobody to grant it a role,
 * and field access would strip the roles it asked for, so it becomes the administrator.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
