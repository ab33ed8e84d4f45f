// Login limits: an attacker is slowed down, nobody can lock a person out, and the answer never tells
// whether an address has an account. forgot-password mails at most once a quarter per account.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { readMail } from '@dk/testing/mailbox'

import { forgotPasswordRefused, loginLimits, loginRefused } from '../../src/auth/loginThrottle'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTestUser, createTestUserWithPassword, type TestUser } from '../helpers/users'

let payload: Payload
const made: TestUser[] = []

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => Promise.all(made.map((user) => user.cleanup())))

/** An editor with a known password. */
async function person() {
  const testUser = await createTestUserWithPassword(payload, ['editor'])
  made.push(testUser)
  return { id: testUser.user.id, email: testUser.user.email, password: testUser.password }
}

/** Each test's own client addresses, as Caddy would forward them. */
const newAddress = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`

const login = (email: string, password: string, address: string) =>
  rest('POST', '/users/login', {
    body: { email, password },
    headers: { 'X-Forwarded-For': address },
  })

describe('login limits', () => {
  it('answers a wrong password, an unknown address and a throttled login alike', async () => {
    const me = await person()
    const address = newAddress()
    const wrong = await login(me.email, 'feil-passord', address)
    const unknown = await login(`ingen-${randomUUID()}@test.invalid`, 'feil-passord', address)
    for (let i = 1; i < loginLimits.perAccountFromAddress; i++)
      await login(me.email, 'feil-passord', address)
    const throttled = await login(me.email, me.password, address)
    for (const response of [wrong, unknown, throttled]) {
      expect(response.status).toBe(401)
      expect(response.body).toEqual({ errors: [{ message: loginRefused }] })
    }
  })

  it('an outsider’s wrong passwords do not lock the owner out', async () => {
    const me = await person()
    const attacker = newAddress()
    for (let i = 0; i < 8; i++) await login(me.email, `gjett-${i}`, attacker)
    const owner = await login(me.email, me.password, newAddress())
    expect(owner.status).toBe(200)
    // The attacker's address, by now, gets nowhere even with the right password.
    expect((await login(me.email, me.password, attacker)).status).toBe(401)
  })

  it('an account attacked from many addresses still lets its owner in from a known one', async () => {
    const me = await person()
    const home = newAddress()
    expect((await login(me.email, me.password, home)).status).toBe(200)
    for (let i = 0; i < loginLimits.perAccount; i++)
      await login(me.email, `gjett-${i}`, `192.0.2.${i}, ${newAddress()}`)
    expect((await login(me.email, me.password, newAddress())).status).toBe(401)
    expect((await login(me.email, me.password, home)).status).toBe(200)
  })

  it('a successful login is not blocked by a few typing errors', async () => {
    const me = await person()
    const address = newAddress()
    for (let i = 0; i < loginLimits.perAccountFromAddress - 1; i++)
      await login(me.email, 'skrivefeil', address)
    expect((await login(me.email, me.password, address)).status).toBe(200)
  })

  it('keeps neither the email nor the client address in its records', async () => {
    const me = await person()
    const address = newAddress()
    await login(me.email, 'feil', address)
    const { docs } = await payload.find({
      collection: 'login-attempts',
      sort: '-createdAt',
      limit: 100,
      overrideAccess: true,
    })
    expect(JSON.stringify(docs)).not.toContain(me.email)
    expect(JSON.stringify(docs)).not.toContain(address)
  })

  it('nobody reads the records over REST', async () => {
    const admin = await createTestUser(payload, ['admin'])
    made.push(admin)
    const read = await rest('GET', '/login-attempts', { auth: { apiKey: admin.apiKey } })
    expect(read.status).toBe(403)
  })
})

describe('forgot-password', () => {
  it('answers at most a few requests from one address a quarter, whatever the accounts', async () => {
    const address = newAddress()
    const ask = (from: string) =>
      rest('POST', '/users/forgot-password', {
        body: { email: `ingen-${randomUUID()}@test.invalid` },
        headers: { 'X-Forwarded-For': from },
      })
    for (let i = 0; i < loginLimits.forgotPerAddress; i++)
      expect((await ask(address)).status).toBe(200)
    const refused = await ask(address)
    expect(refused.status).toBe(429)
    expect(refused.body).toEqual({ errors: [{ message: forgotPasswordRefused }] })
    expect((await ask(newAddress())).status).toBe(200)
  })

  it('mails and replaces the token at most once a quarter per account, with the same answer', async () => {
    const me = await person()
    const first = await rest('POST', '/users/forgot-password', { body: { email: me.email } })
    await readMail(inject('mailboxUrl'), me.email)
    const tokenAfterFirst = (
      await payload.findByID({
        collection: 'users',
        id: me.id,
        showHiddenFields: true,
        overrideAccess: true,
      })
    ).resetPasswordToken
    // Some minutes pass: more than Payload's default interval (15 s), less than ours.
    await payload.db.updateOne({
      collection: 'users',
      id: me.id,
      data: { resetPasswordRequestedAt: new Date(Date.now() - 5 * 60 * 1000).toISOString() },
    })
    const second = await rest('POST', '/users/forgot-password', { body: { email: me.email } })
    expect(second.status).toBe(first.status)
    expect(second.body).toEqual(first.body)
    const tokenAfterSecond = (
      await payload.findByID({
        collection: 'users',
        id: me.id,
        showHiddenFields: true,
        overrideAccess: true,
      })
    ).resetPasswordToken
    expect(tokenAfterSecond).toBe(tokenAfterFirst)
    // Still only the one mail.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(await readMail(inject('mailboxUrl'), me.email)).toHaveLength(1)
  })
})
