// A real HTTP server standing in for the CMS in unit tests: POST /api/form-submissions answers
// what the test tells it to and records what it received; the read-back
// (POST /api/form-submissions/settled) lists the keys it really holds.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { settledSubmissionsPath } from '@dk/shared'

import type { OutboxEntry } from './store.ts'

/**
 * `stores`: whether the submission is held afterwards; by default for 201 and 409. `false` with a
 * 201 is a CMS whose COMMIT failed after it answered.
 */
export type Answer = { status: number; body?: unknown; delayMs?: number; stores?: boolean } | 'drop'

export type TestCms = {
  url: string
  /** Submissions received, in order. */
  received: { idempotencyKey: string; authorization: string | undefined }[]
  /** Keys the CMS holds. */
  held: Set<string>
  /** The keys of each read-back, in order. */
  readBacks: string[][]
  answer: (answer: Answer) => void
  /** How read-backs are answered: the held keys (`'held'`), or this status. */
  answerReadBack: (answer: 'held' | { status: number }) => void
  close: () => Promise<void>
}

export async function startTestCms(): Promise<TestCms> {
  let current: Answer = { status: 201, body: { doc: {} } }
  let readBackAnswer: 'held' | { status: number } = 'held'
  const received: TestCms['received'] = []
  const held = new Set<string>()
  const readBacks: string[][] = []
  const server: Server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request)) as { idempotencyKey: string; keys: string[] }
    if (request.url === settledSubmissionsPath) {
      readBacks.push(body.keys)
      const status = readBackAnswer === 'held' ? 200 : readBackAnswer.status
      response.writeHead(status, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ settled: body.keys.filter((key) => held.has(key)) }))
      return
    }
    received.push({
      idempotencyKey: body.idempotencyKey,
      authorization: request.headers.authorization,
    })
    if (current === 'drop') {
      request.socket.destroy()
      return
    }
    const answer = current
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    if (answer.stores ?? [201, 409].includes(answer.status)) held.add(body.idempotencyKey)
    response.writeHead(answer.status, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(answer.body ?? {}))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    held,
    readBacks,
    answer: (answer) => {
      current = answer
    },
    answerReadBack: (answer) => {
      readBackAnswer = answer
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** A valid submission as web accepts it; made up, like every name in tests. */
export const testEntry = (name = 'Kari Nordmann'): OutboxEntry => ({
  submission: {
    name,
    email: 'kari@example.org',
    interests: ['drift'],
    message: 'Hei',
    sourcePage: '/bygg-med-oss',
    idempotencyKey: crypto.randomUUID(),
  },
  acceptedAt: new Date().toISOString(),
})
