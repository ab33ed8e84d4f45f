import type { Access } from 'payload'

import { hasRole } from './roles'

/** web's service user (and admins): creates what visitors submit, never reads it back. */
export const service: Access = ({ req: { user } }) => hasRole(user, 'service', 'admin')
