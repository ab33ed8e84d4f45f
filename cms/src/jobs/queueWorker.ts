import type { Payload } from 'payload'

/** Any constant works; it only has to be the same for every cms process sharing the database. */
const queueWorkerLockKey = 7_412_002

/** The part of a pooled pg connection the lease uses. */
export type LeaseConnection = {
  query(text: string, values?: unknown[]): Promise<{ rows: { locked?: boolean }[] }>
  /** Back to the pool; with an error, the pool closes the connection instead. */
  release(error?: Error | boolean): void
}

export type QueueWorkerLease = {
  /** Whether this process is the one that works the jobs queue now; takes the lease when free. */
  holds(): Promise<boolean>
  /** Gives the lease up (its connection closes, so PostgreSQL releases the lock). */
  release(): Promise<void>
}

/**
 * One cms process at a time works the jobs queue. Payload 3.90 claims jobs with a read and then an
 * update, not atomically: two processes whose timers fire in the same second (every replica's do)
 * both claim the same job and both run it, so a new submission's notice went out twice, and the
 * slower one wrote the job's log after the faster one had deleted the finished job (the foreign-key
 * errors on `payload_jobs_log`). The lease is a PostgreSQL advisory lock on a connection of its
 * own, held for as long as that connection lives: when the holder dies (a crash, `kill -9`, a lost
 * network), PostgreSQL ends its session and frees the lock, and the next process to ask takes it
 * over at its next tick. Jobs queued by any process are worked by the holder.
 */
export function queueWorkerLease(connect: () => Promise<LeaseConnection>): QueueWorkerLease {
  let connection: LeaseConnection | undefined
  let held = false
  let asking: Promise<boolean> | undefined

  const drop = (error?: Error) => {
    connection?.release(error ?? true)
    connection = undefined
    held = false
  }

  const ask = async (): Promise<boolean> => {
    try {
      connection ??= await connect()
      if (held) {
        // Still our session? A closed connection fails here, and then the lock is gone too.
        await connection.query('SELECT 1')
        return true
      }
      const { rows } = await connection.query('SELECT pg_try_advisory_lock($1) AS locked', [
        queueWorkerLockKey,
      ])
      held = rows[0]?.locked === true
      return held
    } catch (error) {
      drop(error instanceof Error ? error : new Error(String(error)))
      return false
    }
  }

  return {
    // Payload's timers may ask at the same moment; one question to the database at a time.
    holds: () => (asking ??= ask().finally(() => (asking = undefined))),
    async release() {
      await asking
      drop()
    },
  }
}

const leases = new WeakMap<Payload, QueueWorkerLease>()

/** This process's lease, on a connection taken from Payload's own pool. */
export function queueWorkerLeaseOf(payload: Payload): QueueWorkerLease {
  let lease = leases.get(payload)
  if (!lease) {
    lease = queueWorkerLease(() => payload.db.pool.connect())
    leases.set(payload, lease)
  }
  return lease
}

export const worksTheQueue = (payload: Payload): Promise<boolean> =>
  queueWorkerLeaseOf(payload).holds()
