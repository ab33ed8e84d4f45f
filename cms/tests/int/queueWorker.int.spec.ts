// Several cms processes on one database: one at a time works the jobs queue, and when it dies
// another takes over. Two processes are two connections here (an advisory lock belongs to a
// session); PostgreSQL ending a session is what a killed process looks like to it.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '../../src/env'
import {
  queueWorkerLease,
  queueWorkerLeaseOf,
  type LeaseConnection,
} from '../../src/jobs/queueWorker'
import { testPayload } from '../helpers/payload'

describe('the jobs queue with several cms processes', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(async () => {
    await queueWorkerLeaseOf(payload).release()
  })

  const backendPid = async (connection: LeaseConnection) =>
    ((await connection.query('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number }).pid

  it('is worked by one process; when that one dies, another takes over', async () => {
    let firstConnection: LeaseConnection | undefined
    const first = queueWorkerLease(async () => (firstConnection = await payload.db.pool.connect()))
    const second = queueWorkerLease(() => payload.db.pool.connect())
    try {
      expect(await first.holds()).toBe(true)
      expect(await second.holds()).toBe(false)
      // Asked again (every tick of every timer asks), the answers stay.
      expect(await first.holds()).toBe(true)
      expect(await second.holds()).toBe(false)

      // The first process dies: PostgreSQL ends its session.
      const killer = await payload.db.pool.connect()
      await killer.query('SELECT pg_terminate_backend($1)', [await backendPid(firstConnection!)])
      killer.release()

      await expect.poll(() => second.holds(), { timeout: 10_000 }).toBe(true)
      expect(await first.holds()).toBe(false)
      expect(await first.holds()).toBe(false)
    } finally {
      await first.release()
      await second.release()
    }
  })

  it('is worked on the CMS’s timers only while this process holds the lease', async () => {
    const shouldAutoRun = payload.config.jobs.shouldAutoRun!
    const other = queueWorkerLease(() => payload.db.pool.connect())
    const autorun = env.JOBS_AUTORUN
    // The integration tests run the queue themselves; production processes work it on timers.
    env.JOBS_AUTORUN = true
    try {
      expect(await other.holds()).toBe(true)
      expect(await shouldAutoRun(payload)).toBe(false)
      await other.release()
      await expect.poll(() => shouldAutoRun(payload), { timeout: 10_000 }).toBe(true)
      expect(await other.holds()).toBe(false)
    } finally {
      env.JOBS_AUTORUN = autorun
      await other.release()
    }
  })
})
