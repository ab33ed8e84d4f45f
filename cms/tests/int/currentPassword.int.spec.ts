// A stolen session must not become a permanent takeover: changing one's own password or email
// takes the current password. Also pins cms/src/auth/password.ts to the format Payload writes.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../src/access/roles'
import { passwordMatches, type StoredPassword } from '../../src/auth/password'
import { currentPasswordMessages } from '../../src/collections/Users/hooks/requireCurrentPassword'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTestUserWithPassword, type TestUser } from '../helpers/users'

let payload: Payload
const made: TestUser[] = []

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => Promise.all(made.map((user) => user.cleanup())))

/** A user with a known password, logged in over REST like the admin does. */
async function loggedIn(roles: Role[]) {
  const testUser = await createTestUserWithPassword(payload, roles)
  made.push(testUser)
  const { password } = testUser
  const { email } = testUser.user
  const login = await rest('POST', '/users/login', { body: { email, password } })
  expect(login.status).toBe(200)
  return { id: testUser.user.id, email, password, auth: { token: login.body.token as string } }
}

const canLogIn = async (email: string, password: string) =>
  (await rest('POST', '/users/login', { body: { email, password } })).status === 200

const stored = (id: number) =>
  payload.db.findOne<StoredPassword & { id: number }>({
    collection: 'users',
    where: { id: { equals: id } },
  })

describe('changing one’s own password or email', () => {
  it.each(['editor', 'recruiter', 'admin'] as const)(
    '%s cannot change their own password without the current one',
    async (role) => {
      const me = await loggedIn([role])
      const newPassword = `Nytt-${randomUUID()}`
      const without = await rest('PATCH', `/users/${me.id}`, {
        auth: me.auth,
        body: { password: newPassword },
      })
      expect(without.status).toBe(400)
      expect(without.body.errors[0].data.errors).toEqual([
        { path: 'currentPassword', message: currentPasswordMessages.missing, label: undefined },
      ])
      const wrong = await rest('PATCH', `/users/${me.id}`, {
        auth: me.auth,
        body: { password: newPassword, currentPassword: 'feil-passord' },
      })
      expect(wrong.status).toBe(400)
      expect(JSON.stringify(wrong.body)).toContain(currentPasswordMessages.wrong)
      expect(await canLogIn(me.email, me.password)).toBe(true)
      expect(await canLogIn(me.email, newPassword)).toBe(false)

      const right = await rest('PATCH', `/users/${me.id}`, {
        auth: me.auth,
        body: { password: newPassword, currentPassword: me.password },
      })
      expect(right.status).toBe(200)
      expect(right.body.doc).not.toHaveProperty('currentPassword')
      expect(await canLogIn(me.email, newPassword)).toBe(true)
    },
  )

  it('a user cannot change their own email without the current password', async () => {
    const me = await loggedIn(['editor'])
    const newEmail = `ny-${randomUUID()}@test.invalid`
    const without = await rest('PATCH', `/users/${me.id}`, {
      auth: me.auth,
      body: { email: newEmail },
    })
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.body)).toContain(currentPasswordMessages.missing)
    const unchanged = await payload.findByID({
      collection: 'users',
      id: me.id,
      overrideAccess: true,
    })
    expect(unchanged.email).toBe(me.email)

    const right = await rest('PATCH', `/users/${me.id}`, {
      auth: me.auth,
      body: { email: newEmail, currentPassword: me.password },
    })
    expect(right.status).toBe(200)
    expect(right.body.doc.email).toBe(newEmail)
  })

  it('other changes to one’s own account need no password, the same email neither', async () => {
    const me = await loggedIn(['editor'])
    const renamed = await rest('PATCH', `/users/${me.id}`, {
      auth: me.auth,
      body: { name: 'Nytt navn', email: me.email },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.name).toBe('Nytt navn')
  })

  it('an administrator resets someone else’s password and email without knowing theirs', async () => {
    const admin = await loggedIn(['admin'])
    const other = await loggedIn(['editor'])
    const newPassword = `Nytt-${randomUUID()}`
    const newEmail = `annen-${randomUUID()}@test.invalid`
    const changed = await rest('PATCH', `/users/${other.id}`, {
      auth: admin.auth,
      body: { password: newPassword, email: newEmail },
    })
    expect(changed.status).toBe(200)
    expect(await canLogIn(newEmail, newPassword)).toBe(true)
  })

  it('the current password is never stored', async () => {
    const me = await loggedIn(['editor'])
    await rest('PATCH', `/users/${me.id}`, {
      auth: me.auth,
      body: { name: 'Med passord', currentPassword: me.password },
    })
    const raw = await payload.db.findOne<{ id: number }>({
      collection: 'users',
      where: { id: { equals: me.id } },
    })
    expect(JSON.stringify(raw)).not.toContain(me.password)
  })
})

describe('password checks agree with Payload’s stored format', () => {
  it('accepts the password Payload hashed, and nothing else', async () => {
    const me = await loggedIn(['editor'])
    const row = await stored(me.id)
    expect(await passwordMatches(row!, me.password)).toBe(true)
    expect(await passwordMatches(row!, `${me.password}x`)).toBe(false)
    expect(await passwordMatches({}, me.password)).toBe(false)
  })
})
