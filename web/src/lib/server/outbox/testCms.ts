// A real HTTP server standing in for the CMS's POST /api/form-submissions in unit tests: it
// answers what the test tells it to and records what it received.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { OutboxEntry } from './store.ts'

export type Answer = { status: number; body?: unknown; delayMs?: number } | 'drop'

export type TestCms = {
  url: string
  /** Bodies received, in order. */
  received: { idempotencyKey: string; authorization: string | undefined }[]
  answer: (answer: Answer) => void
  close: () => Promise<void>
}

export async function startTestCms(): Promise<TestCms> {
  let current: Answer = { status: 201, body: { doc: {} } }
  const received: TestCms['received'] = []
  const server: Server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request)) as { idempotencyKey: string }
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
    response.writeHead(answer.status, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(answer.body ?? {}))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (answer) => {
      current = answer
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
