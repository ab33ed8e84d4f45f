import type { postgresAdapter } from '@payloadcms/db-postgres'

type PostgresAdapterResult = ReturnType<typeof postgresAdapter>

/** Any constant works; it only has to be the same for every cms process sharing the database. */
const migrationLockKey = 7_412_001

/**
 * Runs Payload's migrations under a PostgreSQL advisory lock, so cms containers that start at the
 * same moment (two replicas, or an upgrade overlapping the old container) migrate one after the
 * other: the second waits, then finds every migration recorded and has nothing left to do. The lock
 * lives on one dedicated connection and ends with it, even if the process dies mid-migration.
 */
export function withMigrationLock(adapter: PostgresAdapterResult): PostgresAdapterResult {
  return {
    ...adapter,
    init(args) {
      const db = adapter.init(args)
      const migrate = db.migrate
      db.migrate = async function migrateLocked(this: typeof db, migrateArgs) {
        const connection = await db.pool.connect()
        try {
          await connection.query('SELECT pg_advisory_lock($1)', [migrationLockKey])
          try {
            return await migrate.call(this, migrateArgs)
          } finally {
            await connection.query('SELECT pg_advisory_unlock($1)', [migrationLockKey])
          }
        } finally {
          connection.release()
        }
      }
      return db
    },
  }
}
