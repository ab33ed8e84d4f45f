// The newsletter's double opt-in over Payload's real REST handlers, as web's service user, with the
// mail read from the real test SMTP server.
import { randomUUID } from 'node:crypto'

import { hashNewsletterToken, newNewsletterToken } from '@dk/shared'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { readMail, type Mail } from '@dk/testing/mailbox'

import type { NewsletterSubscriber } from '../../src/payload-types'
import { testPayload } from '../helpers/payload'
import { rest, type Credentials } from '../helpers/rest'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let service: TestUser
let others: Record<'editor' | 'recruiter', TestUser>

beforeAll(async () => {
  payload = await testPayload()
  const [serviceUser, editor, recruiter] = await Promise.all([
    createTestUser(payload, ['service']),
    createTestUser(payload, ['editor']),
    createTestUser(payload, ['recruiter']),
  ])
  service = serviceUser
  others = { editor, recruiter }
})
afterAll(async () => {
  await payload.delete({
    collection: 'newsletter-subscribers',
    where: { email: { like: '@test.invalid' } },
    overrideAccess: true,
  })
  await Promise.all([service, ...Object.values(others)].map((user) => user.cleanup()))
})

const asService = (): Credentials => ({ apiKey: service.apiKey })
/** `null` is an anonymous caller (undefined would pick the default, the service user). */
type Caller = Credentials | null
const testEmail = () => `abonnent-${randomUUID()}@test.invalid`

// Status and body only: that is the whole answer a caller may rely on.
const call = async (path: string, auth: Caller, body: Record<string, string>) => {
  const { status, body: answer } = await rest('POST', path, { auth: auth ?? undefined, body })
  return { status, body: answer }
}
/** Signs up and then works the `newsletter` queue, as the CMS does every ten seconds. */
const subscribe = async (email: string, auth: Caller = asService()) => {
  const answer = await call('/newsletter-subscribers/subscribe', auth, { email })
  await payload.jobs.run({ queue: 'newsletter', limit: 100 })
  return answer
}
const confirm = (token: string, auth: Caller = asService()) =>
  call('/newsletter-subscribers/confirm', auth, { token })
const unsubscribe = (token: string, auth: Caller = asService()) =>
  call('/newsletter-subscribers/unsubscribe', auth, { token })

function tokenIn(mail: Mail | undefined, path: string): string {
  const match = mail?.text.match(new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`))
  if (!match?.[1]) throw new Error(`no ${path} link in the mail`)
  return match[1]
}
const confirmTokenIn = (mail: Mail | undefined) => tokenIn(mail, '/nyhetsbrev/bekreft')
const unsubscribeTokenIn = (mail: Mail | undefined) => tokenIn(mail, '/nyhetsbrev/avmeld')

async function stored(email: string): Promise<NewsletterSubscriber | undefined> {
  const { docs } = await payload.find({
    collection: 'newsletter-subscribers',
    where: { email: { equals: email } },
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs[0]
}

describe('newsletter double opt-in', () => {
  it('mails a confirmation link that works once, stores only hashes, and answers alike for everyone', async () => {
    const email = testEmail()
    const first = await subscribe(email.toUpperCase())
    expect(first).toEqual({ status: 202, body: { ok: true } })

    const [mail] = await readMail(inject('mailboxUrl'), email)
    const token = confirmTokenIn(mail)
    const pending = await stored(email)
    expect(pending?.status).toBe('pending')
    expect(pending?.confirmTokenHash).toBe(await hashNewsletterToken(token))
    expect(pending?.unsubscribeTokenHash).toBe(await hashNewsletterToken(unsubscribeTokenIn(mail)))
    expect(JSON.stringify(pending)).not.toContain(token)

    // Asking again at once: the same answer, no new link (the first one still works).
    expect(await subscribe(email)).toEqual(first)
    expect((await stored(email))?.confirmTokenHash).toBe(pending?.confirmTokenHash)

    expect(await confirm(token)).toEqual({ status: 200, body: { result: 'confirmed' } })
    const confirmed = await stored(email)
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmTokenHash: null })
    expect(confirmed?.confirmedAt).toBeTruthy()
    expect(await confirm(token)).toEqual({ status: 200, body: { result: 'invalid' } })

    // A confirmed address gets the same answer and nothing changes.
    expect(await subscribe(email)).toEqual(first)
    expect(await stored(email)).toMatchObject({ status: 'confirmed', confirmTokenHash: null })
  })

  it('refuses an expired link, and the nightly task deletes the unconfirmed sign-up', async () => {
    const email = testEmail()
    await subscribe(email)
    const token = confirmTokenIn((await readMail(inject('mailboxUrl'), email))[0])
    const pending = await stored(email)
    await payload.update({
      collection: 'newsletter-subscribers',
      id: pending!.id,
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1_000).toISOString() },
      overrideAccess: true,
    })
    expect(await confirm(token)).toEqual({ status: 200, body: { result: 'expired' } })
    expect((await stored(email))?.status).toBe('pending')

    const confirmedEmail = testEmail()
    await subscribe(confirmedEmail)
    await confirm(confirmTokenIn((await readMail(inject('mailboxUrl'), confirmedEmail))[0]))

    // Through the job queue, as the nightly schedule runs it.
    const job = await payload.jobs.queue({ task: 'deleteExpiredSubscribers', input: {} })
    await payload.jobs.runByID({ id: job.id })
    expect(await stored(email)).toBeUndefined()
    expect((await stored(confirmedEmail))?.status).toBe('confirmed')
  })

  it('sends a fresh link to a pending address once the resend interval is over', async () => {
    const email = testEmail()
    await subscribe(email)
    const firstToken = confirmTokenIn((await readMail(inject('mailboxUrl'), email))[0])
    await payload.update({
      collection: 'newsletter-subscribers',
      id: (await stored(email))!.id,
      data: { confirmationSentAt: new Date(Date.now() - 11 * 60_000).toISOString() },
      overrideAccess: true,
    })
    await subscribe(email)
    const mails = await readMail(inject('mailboxUrl'), email, { count: 2 })
    const secondToken = confirmTokenIn(mails[1])
    expect(secondToken).not.toBe(firstToken)
    expect(await confirm(firstToken)).toEqual({ status: 200, body: { result: 'invalid' } })
    expect(await confirm(secondToken)).toEqual({ status: 200, body: { result: 'confirmed' } })
  })

  it('unsubscribes with the link from the mail by deleting the subscriber', async () => {
    const email = testEmail()
    await subscribe(email)
    const [mail] = await readMail(inject('mailboxUrl'), email)
    await confirm(confirmTokenIn(mail))
    const token = unsubscribeTokenIn(mail)
    expect(await unsubscribe(token)).toEqual({ status: 200, body: { result: 'unsubscribed' } })
    expect(await stored(email)).toBeUndefined()
    expect(await unsubscribe(token)).toEqual({ status: 200, body: { result: 'invalid' } })
  })

  it('refuses what is not an address or a token, naming nobody', async () => {
    expect((await subscribe('ikke-en-adresse')).status).toBe(400)
    expect(
      (
        await rest('POST', '/newsletter-subscribers/subscribe', {
          auth: asService(),
          body: { email: testEmail(), status: 'confirmed' },
        })
      ).status,
    ).toBe(400)
    for (const token of ['', 'kort', newNewsletterToken()]) {
      expect((await confirm(token)).body).toEqual({ result: 'invalid' })
      expect((await unsubscribe(token)).body).toEqual({ result: 'invalid' })
    }
  })
})

describe('newsletter access', () => {
  let email: string
  let confirmToken: string
  let unsubscribeToken: string

  beforeAll(async () => {
    email = testEmail()
    await subscribe(email)
    const [mail] = await readMail(inject('mailboxUrl'), email)
    confirmToken = confirmTokenIn(mail)
    unsubscribeToken = unsubscribeTokenIn(mail)
  })

  it.each(['anonymous', 'editor', 'recruiter'] as const)(
    '%s cannot use the endpoints',
    async (who) => {
      const auth: Caller = who === 'anonymous' ? null : { apiKey: others[who].apiKey }
      for (const response of [
        await subscribe(testEmail(), auth),
        await confirm(confirmToken, auth),
        await unsubscribe(unsubscribeToken, auth),
      ]) {
        expect(response.status).toBe(403)
        expect(JSON.stringify(response.body)).not.toContain(email)
      }
      expect((await stored(email))?.status).toBe('pending')
    },
  )

  it('the service user can neither set a token hash nor read one back', async () => {
    const hash = await hashNewsletterToken(newNewsletterToken())
    const created = await rest('POST', '/newsletter-subscribers', {
      auth: asService(),
      body: { email: testEmail(), confirmTokenHash: hash, unsubscribeTokenHash: hash },
    })
    // Not even a row: subscribers are made only by /subscribe.
    expect(created.status).toBe(403)
    expect(JSON.stringify(created.body)).not.toContain(hash)
    const rows = await payload.find({
      collection: 'newsletter-subscribers',
      where: { confirmTokenHash: { equals: hash } },
      overrideAccess: true,
    })
    expect(rows.docs).toEqual([])
  })

  it('recruiters see subscribers but never the token hashes', async () => {
    const found = await rest('GET', '/newsletter-subscribers', {
      auth: { apiKey: others.recruiter.apiKey },
      query: { 'where[email][equals]': email },
    })
    expect(found.body.docs).toHaveLength(1)
    expect(found.body.docs[0]).not.toHaveProperty('confirmTokenHash')
    expect(found.body.docs[0]).not.toHaveProperty('unsubscribeTokenHash')
    expect(found.body.docs[0]).not.toHaveProperty('confirmTokenExpiresAt')
  })

  it('nobody finds a subscriber by the hash of a token', async () => {
    const hash = (await stored(email))!.confirmTokenHash!
    const found = await rest('GET', '/newsletter-subscribers', {
      auth: { apiKey: others.recruiter.apiKey },
      query: { 'where[confirmTokenHash][equals]': hash },
    })
    expect(JSON.stringify(found.body)).not.toContain(email)
  })
})
