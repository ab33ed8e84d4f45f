// Account flows end to end over the real REST handlers and the real test SMTP server: an
// administrator invites someone, who chooses a password through the mailed link; a forgotten
// password is reset the same way; nobody else can create accounts.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { readMail, type Mail } from '@dk/testing/mailbox'

import { env } from '../../src/env'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let admin: TestUser
const created: number[] = []

beforeAll(async () => {
  payload = await testPayload()
  admin = await createTestUser(payload, ['admin'])
})
afterAll(async () => {
  await admin.cleanup()
  for (const id of created) await payload.delete({ collection: 'users', id, overrideAccess: true })
})

const newEmail = () => `konto-${randomUUID()}@test.invalid`

/** The one link a mail carries, which must lead to the admin's reset screen on the public CMS. */
function resetToken(mail: Mail): string {
  const links = [...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!)
  expect(links).toHaveLength(1)
  const link = new URL(links[0]!)
  expect(link.origin).toBe(new URL(env.CMS_PUBLIC_URL).origin)
  const match = /^\/admin\/reset\/([0-9a-f]+)$/.exec(link.pathname)
  expect(match, link.pathname).not.toBeNull()
  return match![1]!
}

async function choosePassword(token: string, email: string) {
  const password = `nytt-${randomUUID()}`
  const reset = await rest('POST', '/users/reset-password', { body: { token, password } })
  expect(reset.status).toBe(200)
  const login = await rest('POST', '/users/login', { body: { email, password } })
  expect(login.status).toBe(200)
  expect(login.body.user.email).toBe(email)
  // A token works once.
  const again = await rest('POST', '/users/reset-password', { body: { token, password } })
  expect(again.status).toBeGreaterThanOrEqual(400)
}

describe('accounts', () => {
  it('an administrator invites a user by email with a role; the invitation sets the password', async () => {
    const email = newEmail()
    const response = await rest('POST', '/users', {
      auth: { apiKey: admin.apiKey },
      body: { email, roles: ['recruiter'] },
    })
    expect(response.status).toBe(201)
    created.push(response.body.doc.id)
    expect(response.body.doc.roles).toEqual(['recruiter'])

    const [mail] = await readMail(inject('mailboxUrl'), email)
    expect(mail!.subject).toBe('Du er invitert til Datakollektivets publiseringsverktøy')
    expect(mail!.text).toContain('tre døgn')
    const token = resetToken(mail!)
    // The link lives longer than a forgotten-password link: about three days.
    const user = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      showHiddenFields: true,
      overrideAccess: true,
    })
    const expires = new Date(user.docs[0]!.resetPasswordExpiration!).getTime()
    expect(expires - Date.now()).toBeGreaterThan(2.9 * 24 * 60 * 60 * 1000)
    expect(expires - Date.now()).toBeLessThanOrEqual(3 * 24 * 60 * 60 * 1000)

    await choosePassword(token, email)
  })

  it('a forgotten password is reset through a mailed one-hour link', async () => {
    const { user } = await createTestUser(payload, ['editor'])
    created.push(user.id)
    const email = user.email

    const response = await rest('POST', '/users/forgot-password', { body: { email } })
    expect(response.status).toBe(200)
    const [mail] = await readMail(inject('mailboxUrl'), email)
    expect(mail!.subject).toBe('Nytt passord til Datakollektivets publiseringsverktøy')
    expect(mail!.text).toContain('én time')
    const token = resetToken(mail!)
    const stored = await payload.findByID({
      collection: 'users',
      id: user.id,
      showHiddenFields: true,
      overrideAccess: true,
    })
    const expires = new Date(stored.resetPasswordExpiration!).getTime()
    expect(expires - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000)

    await choosePassword(token, email)
  })

  it('answers a forgotten password for an unknown address like a known one, and sends nothing', async () => {
    const email = newEmail()
    const response = await rest('POST', '/users/forgot-password', { body: { email } })
    expect(response.status).toBe(200)
    await expect(readMail(inject('mailboxUrl'), email, { timeoutMs: 1_000 })).rejects.toThrow()
  })

  it('accounts created without a person behind them (seed, scripts) get no invitation', async () => {
    const { user } = await createTestUser(payload, ['editor'])
    created.push(user.id)
    await expect(readMail(inject('mailboxUrl'), user.email, { timeoutMs: 1_000 })).rejects.toThrow()
  })

  for (const role of ['editor', 'recruiter', 'service'] as const) {
    it(`a user with the role ${role} cannot create accounts`, async () => {
      const someone = await createTestUser(payload, [role])
      try {
        const email = newEmail()
        const response = await rest('POST', '/users', {
          auth: { apiKey: someone.apiKey },
          body: { email, password: randomUUID(), roles: ['admin'] },
        })
        expect(response.status).toBe(403)
        const found = await payload.count({
          collection: 'users',
          where: { email: { equals: email } },
          overrideAccess: true,
        })
        expect(found.totalDocs).toBe(0)
      } finally {
        await someone.cleanup()
      }
    })
  }
})
