import type { FieldAccess } from 'payload'

import type { User } from '../payload-types'
import { hasRole, isAdmin } from './roles'

/**
 * API keys: only admins set them, and only on the service user (web's machine account). A key
 * needs no password and outlives the eight-hour session, so nobody may give one to a person's
 * account, their own least of all. Payload applies this to all of its API key fields.
 */
export const adminsOnServiceUser: FieldAccess<User> = ({ req: { user }, data, doc }) =>
  isAdmin(user) && hasRole(data?.roles ? { roles: data.roles } : doc, 'service')
