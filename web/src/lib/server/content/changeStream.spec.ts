import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { ChangeEvent } from '@dk/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { ChangeStream, SseParser } from './changeStream.ts'

/** A stand-in CMS: holds each stream open for the test to write to, or answers `status`. */
async function startCms() {
  const streams: ServerResponse[] = []
  let status = 200
  let refused = 0
  const server = createServer((request, response) => {
    if (status !== 200) {
      refused += 1
      response.writeHead(status).end()
      return
    }
    response.writeHead(200, { 'Content-Type': 'text/event-stream' })
    response.write('retry: 2000\nevent: ready\ndata: {}\n\n')
    streams.push(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/changes/stream`
  return {
    url,
    streams,
    refused: () => refused,
    answer: (next: number) => (status = next),
    send: (event: string, data: unknown) =>
      streams.at(-1)!.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const change = (id: number): ChangeEvent => ({
  collection: 'problem-cards',
  id,
  slug: null,
  op: 'UPDATE',
})

let cleanup: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const step of cleanup.reverse()) await step()
  cleanup = []
})

async function setup(options: { silenceMs?: number } = {}) {
  const cms = await startCms()
  const refreshes: number[] = []
  const changes: ChangeEvent[] = []
  let release: (() => void) | undefined
  let hold = false
  const stream = new ChangeStream({
    connect: (signal) => fetch(cms.url, { signal }),
    refresh: async () => {
      refreshes.push(Date.now())
      if (hold) await new Promise<void>((resolve) => (release = resolve))
    },
    onChange: (event) => changes.push(event),
    log: { info: () => {}, warn: () => {} },
    minDelayMs: 20,
    maxDelayMs: 50,
    ...options,
  })
  cleanup.push(
    () => cms.close(),
    () => stream.stop(),
  )
  return {
    cms,
    stream,
    refreshes,
    changes,
    holdRefreshes: () => (hold = true),
    releaseRefresh: () => {
      hold = false
      release?.()
    },
  }
}

describe('SseParser', () => {
  it('splits events across chunks and line endings, and drops comments', () => {
    const parser = new SseParser()
    expect(parser.push('event: change\nda')).toEqual([])
    expect(parser.push('ta: {"a":1}\r\n\r\n: ping\n\nevent: ready\rdata:\r\r\n')).toEqual([
      { event: 'change', data: '{"a":1}' },
      { event: 'ready', data: '' },
    ])
    // A CRLF split between two chunks is one line end, not an empty line that ends the event.
    expect(parser.push('\nevent: reset\r')).toEqual([])
    expect(parser.push('\ndata: {}\r\n\r\n')).toEqual([{ event: 'reset', data: '{}' }])
  })
})

describe('ChangeStream', () => {
  it('fetches everything once connected, and again after each change', async () => {
    const { cms, stream, refreshes, changes } = await setup()
    expect(stream.state().stream).toBe('connecting')
    stream.start()
    await vi.waitFor(() => expect(stream.state().stream).toBe('connected'))
    await vi.waitFor(() => expect(refreshes).toHaveLength(1))

    cms.send('change', change(7))
    await vi.waitFor(() => expect(refreshes).toHaveLength(2))
    expect(changes).toEqual([change(7)])
    expect(stream.state().events).toBe(1)

    // A change that is not one (a newer CMS, a damaged line): everything, to be safe.
    cms.send('change', { what: 'no' })
    await vi.waitFor(() => expect(refreshes).toHaveLength(3))
  })

  it('answers many changes during one refresh with one more refresh, not one each', async () => {
    const { cms, stream, refreshes, changes, holdRefreshes, releaseRefresh } = await setup()
    stream.start()
    await vi.waitFor(() => expect(refreshes).toHaveLength(1))
    await stream.settled()
    holdRefreshes()
    cms.send('change', change(1))
    await vi.waitFor(() => expect(refreshes).toHaveLength(2))
    for (const id of [2, 3, 4]) cms.send('change', change(id))
    await vi.waitFor(() => expect(changes).toHaveLength(4))
    releaseRefresh()
    await vi.waitFor(() => expect(refreshes).toHaveLength(3))
    releaseRefresh()
    await stream.settled()
    expect(refreshes).toHaveLength(3)
  })

  it('connects again by itself, says it is down meanwhile, and fetches everything on reconnect', async () => {
    const { cms, stream, refreshes } = await setup()
    stream.start()
    await vi.waitFor(() => expect(refreshes).toHaveLength(1))

    cms.answer(503)
    cms.streams.at(-1)!.destroy()
    await vi.waitFor(() => expect(stream.state().stream).toBe('down'))
    const down = stream.state()
    expect(Date.parse(down.since)).not.toBeNaN()
    // Still down while the CMS refuses (it keeps trying); nothing fetched because of it.
    await vi.waitFor(() => expect(cms.refused()).toBeGreaterThanOrEqual(3))
    expect(stream.state()).toEqual(down)
    expect(refreshes).toHaveLength(1)

    cms.answer(200)
    await vi.waitFor(() => expect(stream.state().stream).toBe('connected'))
    await vi.waitFor(() => expect(refreshes).toHaveLength(2))
    expect(cms.streams).toHaveLength(2)

    // The CMS lost its own connection to PostgreSQL and is back: everything, again.
    cms.send('reset', {})
    await vi.waitFor(() => expect(refreshes).toHaveLength(3))
  })

  it('gives up on a connection that has gone silent, and connects again', async () => {
    const { cms, stream, refreshes } = await setup({ silenceMs: 200 })
    stream.start()
    await vi.waitFor(() => expect(refreshes).toHaveLength(1))
    // No heartbeat comes: the stand-in never writes one.
    await vi.waitFor(() => expect(cms.streams.length).toBeGreaterThanOrEqual(2), {
      timeout: 5_000,
    })
    await vi.waitFor(() => expect(refreshes.length).toBeGreaterThanOrEqual(2))
  })
})
