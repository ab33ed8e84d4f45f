import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
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
