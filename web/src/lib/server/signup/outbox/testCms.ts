// A real HTTP server standing in for the CMS in unit tests: the batch create
// (POST /api/form-submissions/batch) answers in the submission contract's shapes what the test
// tells it to and records what it received; the read-back (POST /api/form-submissions/settled)
// lists the keys it really holds. Like the CMS, it stores a key once: a key it holds is answered 409.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  settledSubmissionsPath,
  submissionBatchMaxBytes,
  submissionBatchPath,
  submissionBatchRequestSchema,
  submissionStatus,
  type SubmissionBatchResult,
} from '@dk/shared'

import type { OutboxEntry } from './store.ts'

/**
 * How a batch is answered. 201, 409 and 400 are each submission's result in a 200 (`fields`: the
 * refused fields with 400); any other status is the whole batch's answer; `'drop'` ends the
 * connection unanswered. `stores`: whether a submission is held afterwards, by default for 201 and
 * 409; `false` with a 201 is a CMS whose COMMIT failed after it answered.
 */
export type Answer =
  { status: number; fields?: string[]; stores?: boolean; delayMs?: number } | 'drop'

/**
 * One submission's own answer within a 200, or left out of the results, or failing the whole
 * batch it is in with a 500 (a COMMIT that fails because of it).
 */
export type ItemAnswer =
  | { status: (typeof submissionStatus)[keyof typeof submissionStatus]; fields?: string[] }
  | 'missing'
  | 'failsBatch'

export type TestCms = {
  url: string
  /** Submissions received, in order. */
  received: { idempotencyKey: string; authorization: string | undefined }[]
  /** Each batch request: its submissions' keys and its body's bytes. */
  batches: { keys: string[]; bytes: number }[]
  /** Keys the CMS holds. */
  held: Set<string>
  /** Keys in the order they were newly stored: a key twice here is a double submission. */
  stored: string[]
  /** The keys of each read-back, in order. */
  readBacks: string[][]
  answer: (answer: Answer) => void
  /** This key's own answer within a 200, whatever `answer` says; undefined clears it. */
  answerKey: (key: string, answer: ItemAnswer | undefined) => void
  /** How read-backs are answered: the held keys (`'held'`), or this status. */
  answerReadBack: (answer: 'held' | { status: number }) => void
  /**
   * Holds every batch until released: then each is stored and answered as `answer` says then,
   * or, with `drop`, stored alike but its answer lost (the connection ends).
   */
  hold: () => { release: (options?: { drop?: boolean }) => void }
  reset: () => void
  close: () => Promise<void>
}

export async function startTestCms(): Promise<TestCms> {
  let current: Answer = { status: submissionStatus.stored }
  let readBackAnswer: 'held' | { status: number } = 'held'
  let gate: Promise<{ drop?: boolean }> | undefined
  const keyAnswers = new Map<string, ItemAnswer>()
  const received: TestCms['received'] = []
  const batches: TestCms['batches'] = []
  const held = new Set<string>()
  const stored: string[] = []
  const readBacks: string[][] = []

  function results(keys: string[], answer: Exclude<Answer, 'drop'>): SubmissionBatchResult[] {
    return keys.flatMap((key): SubmissionBatchResult[] => {
      const own = keyAnswers.get(key)
      if (own === 'missing') return []
      if (own === 'failsBatch') throw new Error('a failing batch has no results')
      const { status, fields } = own ?? answer
      if (status === submissionStatus.refused) return [{ idempotencyKey: key, status, fields }]
      // Stored once by key, as the CMS does; told 409, it holds the key from before.
      const already = status === submissionStatus.alreadyStored || held.has(key)
      if (!held.has(key) && (answer.stores ?? true)) {
        held.add(key)
        if (!already) stored.push(key)
      }
      return [
        {
          idempotencyKey: key,
          status: already ? submissionStatus.alreadyStored : submissionStatus.stored,
        },
      ]
    })
  }

  async function answerBatch(request: IncomingMessage, response: ServerResponse, text: string) {
    const bytes = Buffer.byteLength(text)
    const parsed = submissionBatchRequestSchema.safeParse(JSON.parse(text))
    const keys = parsed.success ? parsed.data.submissions.map((item) => item.idempotencyKey) : []
    batches.push({ keys, bytes })
    for (const key of keys)
      received.push({ idempotencyKey: key, authorization: request.headers.authorization })
    const { drop = false } = gate ? await gate : {}
    const answer = current
    if (answer === 'drop') return request.socket.destroy()
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    // The contract's limits; the CMS refuses a batch whole only when it cannot answer it per key.
    let status = 200
    let body: unknown = {}
    if (bytes > submissionBatchMaxBytes) status = 413
    else if (!parsed.success) status = 400
    else if (keys.some((key) => keyAnswers.get(key) === 'failsBatch')) status = 500
    else if (!Object.values(submissionStatus).some((item) => item === answer.status))
      status = answer.status
    else body = { results: results(keys, answer) }
    if (drop) return request.socket.destroy()
    response.writeHead(status, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(body))
  }

  const server: Server = createServer(async (request, response) => {
    const text = await readBody(request)
    if (request.url === submissionBatchPath) return answerBatch(request, response, text)
    if (request.url !== settledSubmissionsPath) {
      response.writeHead(404).end()
      return
    }
    const { keys } = JSON.parse(text) as { keys: string[] }
    readBacks.push(keys)
    const status = readBackAnswer === 'held' ? 200 : readBackAnswer.status
    response.writeHead(status, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify({ settled: keys.filter((key) => held.has(key)) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    batches,
    held,
    stored,
    readBacks,
    answer: (answer) => {
      current = answer
    },
    answerKey: (key, answer) => {
      if (answer) keyAnswers.set(key, answer)
      else keyAnswers.delete(key)
    },
    answerReadBack: (answer) => {
      readBackAnswer = answer
    },
    hold: () => {
      let release!: (options?: { drop?: boolean }) => void
      const held = new Promise<{ drop?: boolean }>((resolve) => {
        release = (options = {}) => {
          gate = undefined
          resolve(options)
        }
      })
      gate = held
      return { release }
    },
    reset: () => {
      for (const list of [received, batches, stored, readBacks]) list.length = 0
      held.clear()
      keyAnswers.clear()
      gate = undefined
      current = { status: submissionStatus.stored }
      readBackAnswer = 'held'
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
export const testEntry = (name = 'Kari Nordmann', message = 'Hei'): OutboxEntry => ({
  submission: {
    name,
    email: 'kari@example.org',
    interests: ['drift'],
    message,
    sourcePage: '/bygg-med-oss',
    idempotencyKey: crypto.randomUUID(),
  },
  acceptedAt: new Date().toISOString(),
})
