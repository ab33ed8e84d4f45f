// Published changes announce themselves from PostgreSQL (migration 20261202_150000_change_notify,
// src/changes/): only committed changes, once per row change, in commit order, to every listening
// process; a listener whose connection is killed comes back and says "everything may have changed";
// web's service user reads them as server-sent events.
import { randomUUID } from 'node:crypto'

import type { ChangeEvent } from '@dk/shared'
import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { ChangeListener, type ChangeSignal } from '../../src/changes/listener'
import { richText } from '../../src/seed/lexical'
import { testPayload } from '../helpers/payload'
import { createTestUser, type TestUser } from '../helpers/users'

let payload: Payload
const cards: number[] = []
const listeners: ChangeListener[] = []
type Logger = { info: (message: string) => void; warn: (message: string) => void }
const quiet: Logger = { info: () => {}, warn: () => {} }

/** A listener (as one CMS process has) and what it heard about the cards made here. */
async function listen(logger: Logger = quiet) {
  const listener = new ChangeListener({
    connectionString: process.env.DATABASE_URL!,
    logger,
    minDelayMs: 50,
  })
  listeners.push(listener)
  const heard: ChangeSignal[] = []
  // Other test files write to the same tables at the same time: only our cards count.
  listener.subscribe((signal) => {
    if (signal.type === 'reset' || cards.includes(Number(signal.event.id))) heard.push(signal)
  })
  expect(await listener.whenListening(10_000)).toBe(true)
  const changes = () => heard.flatMap((signal) => (signal.type === 'change' ? [signal.event] : []))
  return { listener, heard, changes }
}

async function newCard(status: 'published' | 'draft' = 'published') {
  const card = await payload.create({
    collection: 'problem-cards',
    data: {
      title: `Varsel ${randomUUID().slice(0, 8)}`,
      description: richText('Tekst.'),
      _status: status,
    },
    overrideAccess: true,
  })
  cards.push(card.id)
  return card.id
}

/** Changes a card's title in SQL, in the given (open) transaction or alone. */
const sqlRename = (id: number) => ({
  text: 'UPDATE problem_cards SET title = $1 WHERE id = $2',
  values: [`Omdøpt ${randomUUID().slice(0, 8)}`, id],
})

const update = (id: number, op: ChangeEvent['op'] = 'UPDATE') =>
  expect.objectContaining({ collection: 'problem-cards', id, op })

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await Promise.all(listeners.map((listener) => listener.stop()))
  await Promise.all(
    cards.map((id) =>
      payload.delete({ collection: 'problem-cards', id, overrideAccess: true }).catch(() => {}),
    ),
  )
})

describe('change events from PostgreSQL', () => {
  it('reach every listener once per committed row change, in commit order, never for a rollback', async () => {
    const [a, b, sentinel] = [await newCard(), await newCard(), await newCard()]
    const one = await listen()
    const two = await listen()
    const pool = payload.db.pool
    const [first, second] = [await pool.connect(), await pool.connect()]
    try {
      // Rolled back: nothing.
      await first.query('BEGIN')
      await first.query(sqlRename(a))
      await first.query('ROLLBACK')
      // `first` writes a before `second` writes b, but commits after it: b is announced first.
      await first.query('BEGIN')
      await first.query(sqlRename(a))
      await second.query('BEGIN')
      await second.query(sqlRename(b))
      await second.query(sqlRename(sentinel))
      await second.query('COMMIT')
      await first.query('COMMIT')
    } finally {
      first.release()
      second.release()
    }
    const expected = [update(b), update(sentinel), update(a)]
    for (const { changes } of [one, two]) {
      await vi.waitFor(() => expect(changes()).toHaveLength(3))
      expect(changes()).toEqual(expected)
    }
  })

  it('announce what visitors can see: a publish, an unpublish, a delete; never a draft', async () => {
    const { changes } = await listen()
    const draftOnly = await newCard('draft')
    const card = await newCard()
    // A draft of a published card, and a card never published, change nothing visitors see.
    await payload.update({
      collection: 'problem-cards',
      id: card,
      data: { title: `Utkast ${randomUUID().slice(0, 8)}` },
      draft: true,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'problem-cards',
      id: draftOnly,
      data: { title: `Utkast ${randomUUID().slice(0, 8)}` },
      draft: true,
      overrideAccess: true,
    })
    const publish = (status: 'published' | 'draft') =>
      payload.update({
        collection: 'problem-cards',
        id: card,
        data: { _status: status },
        overrideAccess: true,
      })
    await publish('draft')
    await publish('published')
    await payload.delete({ collection: 'problem-cards', id: card, overrideAccess: true })
    await vi.waitFor(() => expect(changes().map(({ op }) => op)).toContain('DELETE'))
    // Published when created, unpublished, published again, deleted: nothing else.
    expect(changes()).toEqual([
      update(card, 'INSERT'),
      update(card),
      update(card),
      update(card, 'DELETE'),
    ])
  })

  it('come back after the listening connection is killed, with "everything may have changed"', async () => {
    const card = await newCard()
    const warnings: string[] = []
    const { listener, heard, changes } = await listen({
      info: () => {},
      warn: (message) => void warnings.push(message),
    })
    const pid = listener.backendPid
    expect(pid).toBeTypeOf('number')
    await payload.db.pool.query('SELECT pg_terminate_backend($1)', [pid])

    await vi.waitFor(() => expect(heard.some(({ type }) => type === 'reset')).toBe(true), {
      timeout: 10_000,
    })
    expect(listener.listening).toBe(true)
    expect(listener.backendPid).not.toBe(pid)
    expect(warnings.some((line) => line.includes('ble brutt'))).toBe(true)
    await payload.db.pool.query(sqlRename(card))
    await vi.waitFor(() => expect(changes()).toEqual([update(card)]))
  })
})

describe('GET /api/changes/stream', () => {
  let service: TestUser
  let editor: TestUser
  const get = REST_GET(config)
  const open = (apiKey?: string) =>
    get(
      new Request('http://localhost/api/changes/stream', {
        headers: apiKey ? { Authorization: `users API-Key ${apiKey}` } : {},
      }),
      { params: Promise.resolve({ slug: ['changes', 'stream'] }) },
    )

  beforeAll(async () => {
    service = await createTestUser(payload, ['service'])
    editor = await createTestUser(payload, ['editor'])
  })

  afterAll(async () => {
    await service.cleanup()
    await editor.cleanup()
  })

  it('is only for web’s service user', async () => {
    expect((await open()).status).toBe(401)
    expect((await open(editor.apiKey)).status).toBe(403)
  })

  it('says ready, then sends each committed change as an event', async () => {
    const card = await newCard()
    const response = await open(service.apiKey)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    expect(response.headers.get('cache-control')).toContain('no-transform')
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    let text = ''
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read()
        if (done) throw new Error(`the stream ended: ${text}`)
        text += value
      }
    }
    await until(/event: ready\n/)
    await payload.update({
      collection: 'problem-cards',
      id: card,
      data: { title: `Publisert ${randomUUID().slice(0, 8)}`, _status: 'published' },
      overrideAccess: true,
    })
    const frame = new RegExp(`event: change\\ndata: (\\{[^\\n]*"id":${card}[^\\n]*\\})\\n\\n`)
    await until(frame)
    expect(JSON.parse(frame.exec(text)![1]!)).toEqual(
      expect.objectContaining({ collection: 'problem-cards', id: card, op: 'UPDATE' }),
    )
    await reader.cancel()
  })
})
