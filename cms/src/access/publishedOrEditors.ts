import type { Access } from 'payload'

import { isEditor } from './roles'

/** Editors see drafts; everyone else (anonymous visitors, web's service user) only what is published. */
export const publishedOrEditors: Access = ({ req: { user } }) => {
  if (isEditor(user)) return true
  return { _status: { equals: 'published' } }
}
