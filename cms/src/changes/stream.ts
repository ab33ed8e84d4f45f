// GET /api/changes/stream: published changes as server-sent events, for web's replicas (the
// contract is shared/src/contracts/changes.ts). Each stream hears this process's one PostgreSQL
// listener; since every CMS process listens, web may hold its stream with any of them.
import { changesHeartbeatMs, changesStreamPath, type ChangeEvent } from '@dk/shared'
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { env } from '../env'
import { changeListener, type ChangeSignal } from './listener'

// Never cached, never transformed: `no-transform` keeps compression (Next's, a proxy's) from
// holding events back until a buffer fills; `X-Accel-Buffering` says the same to nginx.
const headers = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-store, no-transform',
  'X-Accel-Buffering': 'no',
}

/** How long a new stream waits for the listener before answering 503. */
const listenTimeoutMs = 5_000

const encoder = new TextEncoder()

export const frame = (event: 'ready' | 'reset' | 'change', data: ChangeEvent | object = {}) =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`

const listenerOf = (req: PayloadRequest) =>
  changeListener(() => ({
    connectionString: env.DATABASE_URL,
    logger: {
      info: (message) => req.payload.logger.info(message),
      warn: (message) => req.payload.logger.warn(message),
    },
  }))

export const changesStream: Endpoint = {
  path: changesStreamPath.replace(/^\/api/, ''),
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Mangler API-nøkkel.' }, { status: 401 })
    if (!hasRole(req.user, 'service', 'admin'))
      return Response.json({ error: 'Bare nettsidens tjenestebruker.' }, { status: 403 })
    const listener = listenerOf(req)
    listener.start()
    if (!(await listener.whenListening(listenTimeoutMs)))
      return Response.json(
        { error: 'CMS-et lytter ikke på databasen akkurat nå.' },
        { status: 503, headers: { 'Retry-After': '2' } },
      )

    let close = () => {}
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const write = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text))
          } catch {
            close()
          }
        }
        // Subscribed before `ready` is written, in the same tick: nothing committed after the
        // client's full refresh can fall between the two.
        const unsubscribe = listener.subscribe((signal: ChangeSignal) =>
          write(signal.type === 'change' ? frame('change', signal.event) : frame('reset')),
        )
        const heartbeat = setInterval(() => write(': ping\n\n'), changesHeartbeatMs)
        close = () => {
          clearInterval(heartbeat)
          unsubscribe()
          try {
            controller.close()
          } catch {
            // already closed
          }
        }
        ;(req as { signal?: AbortSignal }).signal?.addEventListener('abort', () => close())
        write(`retry: 2000\n${frame('ready')}`)
      },
      cancel() {
        close()
      },
    })
    return new Response(body, { headers })
  },
}
