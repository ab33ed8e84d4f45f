import { errorForLog } from '@dk/shared'
import type { Payload } from 'payload'

/**
 * A connection PostgreSQL closes (a restart, a failover, an operator ending a backend) emits
 * 'error': on the pool while the connection is idle in it, on the client itself while a request
 * holds it. pg attaches no listener to a checked-out client, so without these the error is thrown
 * as an uncaught exception. The request using it fails through its query already, the pool drops
 * the broken connection and opens new ones once PostgreSQL answers again; all that is left here is
 * to say so, once per connection (an idle one would otherwise be reported by both listeners).
 * Runs at init, after Payload's own connect: 'acquire' also reaches the connections opened before.
 */
export function handlePoolErrors(payload: Payload): void {
  const pool = payload.db.pool
  const watched = new WeakSet<object>()
  const reported = new WeakSet<object>()
  const report = (error: Error & { code?: string }, client: object) => {
    if (reported.has(client)) return
    reported.add(client)
    // The code alone says which case it was (57P01: terminated by an administrator).
    payload.logger.warn(`databasen: en tilkobling ble brutt (${errorForLog(error)}); den byttes ut`)
  }
  pool.on('error', (error, client) => report(error, client))
  pool.on('acquire', (client) => {
    if (watched.has(client)) return
    watched.add(client)
    client.on('error', (error: Error) => report(error, client))
  })
}
