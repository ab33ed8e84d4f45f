// The write contract web's form action and outbox rely on: POST /api/form-submissions as the
// service user answers 201 when stored, 409 when it is stored already, 400 with field errors for
// bad data, and never a 5xx; nothing invalid is stored and no answer echoes what was sent.
import { submissionOutcome } from '@dk/shared'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logLinesDuring } from '../helpers/logs'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { deleteSubmissionsOf, storedFor, submissionBody } from '../helpers/submissions'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
let service: TestUser
const used: string[] = []

beforeAll(async () => {
  payload = await testPayload()
  service = await createTestUser(payload, ['service'])
})
afterAll(async () => {
  await deleteSubmissionsOf(payload, used)
  await service.cleanup()
})

function submit(body: unknown) {
  if (body && typeof body === 'object' && 'email' in body && typeof body.email === 'string') {
    used.push(body.email)
  }
  return rest('POST', '/form-submissions', { auth: { apiKey: service.apiKey }, body })
}

describe('the write contract', () => {
  it('stores a valid submission once and answers 201 with its id', async () => {
    const body = submissionBody()
    const created = await submit(body)
    expect(created.status).toBe(201)
    // web's side of the contract reads this very answer as stored.
    expect(submissionOutcome(created.status, created.body)).toEqual({ kind: 'stored' })
    const stored = await storedFor(payload, body.email)
    expect(stored.map((doc) => doc.id)).toEqual([created.body.doc.id])
    expect(stored[0]).toMatchObject({ name: 'Kari Nordmann', status: 'new', repeats: 0 })
  })

  it('answers 409 to an outbox retry with the same idempotency key, and stores nothing more', async () => {
    const body = submissionBody()
    expect((await submit(body)).status).toBe(201)
    // A retry may even differ (a newer form version); the key decides.
    const retried = await submit({ ...body, message: 'Annen tekst' })
    expect(retried.status).toBe(409)
    expect(submissionOutcome(retried.status, retried.body)).toEqual({ kind: 'alreadyStored' })
    expect(JSON.stringify(retried.body)).not.toContain(body.email)
    expect(retried.body.errors[0].message).toBe('Denne innsendingen er allerede mottatt.')
    const stored = await storedFor(payload, body.email)
    expect(stored).toHaveLength(1)
    // A retry is the same delivery, not the person trying again.
    expect(stored[0]?.repeats).toBe(0)
  })

  it('answers 409 to the same key delivered twice at once, and stores it once', async () => {
    const body = submissionBody()
    const answers = await Promise.all([submit(body), submit(body), submit(body)])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409])
    expect(await storedFor(payload, body.email)).toHaveLength(1)
  })

  it('counts the same submission sent again within a day on the original, and answers 409', async () => {
    const body = submissionBody({ interests: [] })
    const first = await submit(body)
    expect(first.status).toBe(201)
    // The person pressed "send" again later: a new key, the same content (differently spaced/cased).
    const again = await submit({
      ...body,
      idempotencyKey: crypto.randomUUID(),
      email: body.email.toUpperCase(),
      name: ` ${body.name} `,
    })
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).not.toContain(body.email)
    const third = await submit({ ...body, idempotencyKey: crypto.randomUUID() })
    expect(third.status).toBe(409)
    const stored = await storedFor(payload, body.email)
    expect(stored).toHaveLength(1)
    expect(stored[0]?.repeats).toBe(2)
    expect(Date.parse(stored[0]?.lastRepeatedAt ?? '')).toBeGreaterThan(
      Date.parse(stored[0]?.createdAt ?? ''),
    )
  })

  it('stores a different message from the same person as a new submission', async () => {
    const body = submissionBody()
    expect((await submit(body)).status).toBe(201)
    const other = await submit({
      ...body,
      idempotencyKey: crypto.randomUUID(),
      message: 'Glemte å si: jeg kan også drift.',
    })
    expect(other.status).toBe(201)
    expect(await storedFor(payload, body.email)).toHaveLength(2)
  })

  it('stores the same submission again once the day has passed', async () => {
    const body = submissionBody()
    const first = await submit(body)
    await payload.db.updateOne({
      collection: 'form-submissions',
      id: first.body.doc.id,
      data: { createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000).toISOString() },
    })
    const later = await submit({ ...body, idempotencyKey: crypto.randomUUID() })
    expect(later.status).toBe(201)
    expect(await storedFor(payload, body.email)).toHaveLength(2)
  })

  it('does not let the service user set the repeat count, status or notes', async () => {
    const body = submissionBody({ status: 'onboarded', repeats: 7, internalNotes: 'Ringt' })
    expect((await submit(body)).status).toBe(201)
    const [stored] = await storedFor(payload, body.email)
    expect(stored).toMatchObject({ status: 'new', repeats: 0 })
    expect(stored?.internalNotes ?? null).toBeNull()
  })
})

const megabyte = 'a'.repeat(1024 * 1024)

/** Bad input, each with the fields the answer must name. */
const refused: [string, Record<string, unknown> | unknown, string[]][] = [
  ['missing name and email', { interests: [], message: 'Hei' }, ['email', 'name']],
  ['empty name and email', submissionBody({ name: '', email: '' }), ['email', 'name']],
  ['blank name', submissionBody({ name: '   \t ' }), ['name']],
  ['an invalid email', submissionBody({ email: 'ikke-en-adresse' }), ['email']],
  ['an email with two @', submissionBody({ email: 'a@b@test.invalid' }), ['email']],
  [
    'a 300-character email',
    submissionBody({ email: `${'a'.repeat(290)}@test.invalid` }),
    ['email'],
  ],
  ['a 1 MB message', submissionBody({ message: megabyte }), ['message']],
  ['a 1 MB name', submissionBody({ name: megabyte }), ['name']],
  ['an unknown interest key', submissionBody({ interests: ['hacking'] }), ['interests']],
  ['too many interests', submissionBody({ interests: Array(50).fill('x') }), ['interests']],
  ['a number for a name', submissionBody({ name: 42 }), ['name']],
  ['an object for an email', submissionBody({ email: { $ne: '' } }), ['email']],
  ['a string for interests', submissionBody({ interests: 'utvikling' }), ['interests']],
  ['numbers as interests', submissionBody({ interests: [1, 2] }), ['interests']],
  ['an array for a message', submissionBody({ message: ['a', 'b'] }), ['message']],
  ['a field the form does not have', submissionBody({ isAdmin: true }), ['isAdmin']],
  // Named back only as "form": paths are logged, and this key is an address.
  ['an email address as a key', submissionBody({ 'kari@test.invalid': 1 }), ['form']],
  [
    'a source page that is a URL',
    submissionBody({ sourcePage: 'https://evil.example/' }),
    ['sourcePage'],
  ],
  ['a NUL byte in the source page', submissionBody({ sourcePage: '/bygg\u0000' }), ['sourcePage']],
  [
    'a NUL byte in the key',
    submissionBody({ idempotencyKey: 'abc\u0000defghij' }),
    ['idempotencyKey'],
  ],
  ['a short key', submissionBody({ idempotencyKey: 'x' }), ['idempotencyKey']],
  ['a number as source page', submissionBody({ sourcePage: 7 }), ['sourcePage']],
]

describe('bad input', () => {
  it.each(refused)('refuses %s with 400 and the fields named', async (_, body, fields) => {
    const answer = await submit(body)
    expect(answer.status).toBe(400)
    const paths = answer.body.errors[0].data.errors.map((error: { path: string }) => error.path)
    expect([...new Set(paths)].sort()).toEqual([...fields].sort())
    // web's side of the contract reads the same fields from this very answer.
    expect(submissionOutcome(answer.status, answer.body)).toEqual({
      kind: 'refused',
      fields: expect.arrayContaining([...fields]),
    })
    // Nothing of what was sent comes back (the email address least of all).
    const email = (body as { email?: unknown }).email
    if (typeof email === 'string' && email) expect(JSON.stringify(answer.body)).not.toContain(email)
    expect(JSON.stringify(answer.body).length).toBeLessThan(2000)
    if (typeof email === 'string' && email.includes('@')) {
      expect(await storedFor(payload, email)).toEqual([])
    }
  })

  it.each([
    ['no body at all', undefined],
    ['an array', [submissionBody()]],
    ['a string', 'name=Kari'],
    ['null', null],
  ])('refuses %s with a 4xx, never a 5xx', async (_, body) => {
    const answer = await submit(body)
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
  })

  it('strips NUL bytes and other control characters from the text, keeping line breaks', async () => {
    const body = submissionBody({ name: 'Ka\u0000ri\u0007', message: 'Linje 1\u0000\nLinje 2' })
    expect((await submit(body)).status).toBe(201)
    const [stored] = await storedFor(payload, body.email)
    expect(stored).toMatchObject({ name: 'Kari', message: 'Linje 1\nLinje 2' })
  })

  it.each([
    ['HTML and script', '<img src=x onerror=alert(1)><script>alert("x")</script>'],
    ['SQL-looking text', 'Robert\'); DROP TABLE form_submissions;-- " OR 1=1'],
    ['emoji', 'Hei 👋🏽 fra 🇳🇴 – jeg liker 🦀'],
    ['right-to-left text', 'مرحبا، أود المساهمة \u202Eevil\u202C שלום'],
    ['a formula', '=HYPERLINK("https://evil.example","klikk")'],
  ])('stores %s verbatim: it is valid, only shown escaped', async (_, text) => {
    const body = submissionBody({ name: text.slice(0, 200), message: text })
    const created = await submit(body)
    expect(created.status).toBe(201)
    const [stored] = await storedFor(payload, body.email)
    expect(stored?.message).toBe(text.normalize('NFC').trim())
    expect(stored?.name).toBe(text.slice(0, 200).normalize('NFC').trim())
  })
})

describe('logs', () => {
  it('carry neither the address nor the text of a refused or repeated submission', async () => {
    const body = submissionBody({ message: 'Hemmelig melding 4711' })
    const lines = await logLinesDuring(payload, async () => {
      await submit({ ...body, email: `${body.email}x@@` })
      await submit({ ...body, interests: ['finnes-ikke'] })
      await submit(body)
      await submit(body)
      await submit({ ...body, idempotencyKey: crypto.randomUUID() })
    })
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).not.toContain(body.email)
      expect(line).not.toContain('Hemmelig melding')
    }
  })
})
