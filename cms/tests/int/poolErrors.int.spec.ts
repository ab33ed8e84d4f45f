// PostgreSQL closing the CMS's connections (a restart, a failover) must cost the requests using
// them, nothing more: no uncaught exception (Vitest fails the run on one), one line in the log per
// connection, and the next request gets a fresh connection.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { testPayload } from '../helpers/payload'

describe('a database connection PostgreSQL drops', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('is logged once, never thrown, and replaced', async () => {
    const warn = vi.spyOn(payload.logger, 'warn')
    const pool = payload.db.pool
    // One connection a request holds in the middle of a transaction, one idle in the pool.
    const [held, idle, killer] = [await pool.connect(), await pool.connect(), await pool.connect()]
    const pid = async (client: typeof held) =>
      (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid
    const pids = [await pid(held), await pid(idle)]
    await held.query('BEGIN')
    idle.release()

    await killer.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids])
    killer.release()

    await vi.waitFor(() => {
      const dropped = warn.mock.calls.filter(([message]) =>
        String(message).includes('tilkobling ble brutt'),
      )
      expect(dropped).toHaveLength(2)
    })
    held.release()
    warn.mockRestore()
    // Every connection in the pool is a live one again.
    const live = await Promise.all(
      Array.from({ length: 3 }, () => payload.count({ collection: 'pages', overrideAccess: true })),
    )
    expect(live.every(({ totalDocs }) => Number.isInteger(totalDocs))).toBe(true)
  })
})
