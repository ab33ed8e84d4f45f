import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Makes COMMIT fail for the rows of `table` that match `when` (SQL on NEW): a deferred constraint
 * trigger, which PostgreSQL checks only at COMMIT. Test files share the database, so each names
 * its own triggers (`name`) and marks its rows.
 */
export async function failCommitsOf(payload: Payload, name: string, table: string, when: string) {
  await payload.db.drizzle.execute(sql`
    CREATE OR REPLACE FUNCTION ${sql.raw(name)}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'testen lar COMMIT feile';
    END $$;
    DROP TRIGGER IF EXISTS ${sql.raw(name)} ON ${sql.raw(table)};
    CREATE CONSTRAINT TRIGGER ${sql.raw(name)} AFTER INSERT OR UPDATE ON ${sql.raw(table)}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
      WHEN (${sql.raw(when)}) EXECUTE FUNCTION ${sql.raw(name)}();
  `)
}

/** Removes what failCommitsOf made, from every table named. */
export async function dropCommitFailures(payload: Payload, name: string, tables: string[]) {
  for (const table of tables) {
    await payload.db.drizzle.execute(
      sql`DROP TRIGGER IF EXISTS ${sql.raw(name)} ON ${sql.raw(table)}`,
    )
  }
  await payload.db.drizzle.execute(sql`DROP FUNCTION IF EXISTS ${sql.raw(name)}()`)
}
