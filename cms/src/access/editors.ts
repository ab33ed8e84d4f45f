import type { Access } from 'payload'

import { isEditor } from './roles'

export const editors: Access = ({ req: { user } }) => isEditor(user)
