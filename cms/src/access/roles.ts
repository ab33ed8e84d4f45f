import type { User } from '../payload-types'

export const roles = ['admin', 'editor', 'recruiter', 'service'] as const
export type Role = (typeof roles)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => allowed.includes(role)))
}

export const isAdmin = (user: MaybeUser) => hasRole(user, 'admin')
export const isEditor = (user: MaybeUser) => hasRole(user, 'admin', 'editor')
export const isRecruiter = (user: MaybeUser) => hasRole(user, 'admin', 'recruiter')
