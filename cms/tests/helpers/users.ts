import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { roles, type Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

export type TestUser = { user: User; apiKey: string; cleanup: () => Promise<void> }

/** Creates a user with the given roles and an API key; `cleanup` deletes it again. */
export async function createTestUser(payload: Payload, roles: Role[]): Promise<TestUser> {
  const apiKey = randomUUID()
  const created = await payload.create({
    collection: 'users',
    data: {
      email: `${roles.join('-') || 'none'}-${randomUUID()}@test.invalid`,
      password: randomUUID(),
      roles,
      enableAPIKey: true,
      apiKey,
    },
    overrideAccess: true,
  })
  // Test files share the database: whichever of them creates the very first account gets it
  // turned into an administrator (firstUserIsAdmin), so the roles are set once more.
  const user = await payload.update({
    collection: 'users',
    id: created.id,
    data: { roles },
    overrideAccess: true,
  })
  return {
    user,
    apiKey,
    cleanup: async () => {
      await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    },
  }
}

/** One test user per role, made at once: `const { editor, service } = await createUsers(…)`. */
export async function createUsers<R extends Role>(
  payload: Payload,
  roles: readonly R[],
): Promise<Record<R, TestUser>> {
  const made = await Promise.all(roles.map((role) => createTestUser(payload, [role])))
  return Object.fromEntries(roles.map((role, i) => [role, made[i]!])) as Record<R, TestUser>
}

/** One user of each role (admin, editor, recruiter, service), each with its own API key. */
export const createUserOfEachRole = (payload: Payload) => createUsers(payload, roles)

/** Deletes the test users again (`afterAll`). */
export async function deleteTestUsers(users: Record<string, TestUser> | undefined): Promise<void> {
  await Promise.all(Object.values(users ?? {}).map((user) => user.cleanup()))
}

/** Like createTestUser, with a known password, for logging in over REST as the admin does. */
export async function createTestUserWithPassword(
  payload: Payload,
  roles: Role[],
): Promise<TestUser & { password: string }> {
  const testUser = await createTestUser(payload, roles)
  const password = `Passord-${randomUUID()}`
  await payload.update({
    collection: 'users',
    id: testUser.user.id,
    data: { password },
    overrideAccess: true,
  })
  return { ...testUser, password }
}
