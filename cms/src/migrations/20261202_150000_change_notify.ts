// Hand-written (issue 14): published changes announce themselves from PostgreSQL.
//
// A trigger on each table web shows content from NOTIFYs the channel every CMS process LISTENs on
// (src/changes/). NOTIFY inside a transaction is delivered only when that transaction commits, in
// commit order, and never when it rolls back: the CMS needs no access to Payload's transaction to
// know that a change is visible. Payload writes a document's main row on every published save,
// publish, unpublish, reorder and delete (drafts of a published document go to the versions table
// only), so the main tables are enough. Only rows that are or were published are announced, read
// from the row's `_status` when the table has one (media and, until it has drafts, the site
// settings have none: every change counts). The payload is small JSON (shared/src/contracts/changes.ts).
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** table → the collection or global slug the event names. */
const tables = {
  pages: 'pages',
  problem_cards: 'problem-cards',
  contribution_areas: 'contribution-areas',
  onboarding_steps: 'onboarding-steps',
  media: 'media',
  site_settings: 'site-settings',
} as const

// Keep in step with changesChannel in shared/src/contracts/changes.ts.
const channel = 'dk_content_changes'
const triggerName = 'dk_notify_change'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // to_jsonb reads `_status` and `slug` whether or not the table has them. A slug too long for
  // the event is left out (null): web fetches everything on any event anyway.
  await db.execute(sql`
    CREATE OR REPLACE FUNCTION dk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
      old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
      row_now jsonb := coalesce(new_row, old_row);
      slug text := row_now->>'slug';
    BEGIN
      IF row_now ? '_status'
        AND coalesce(new_row->>'_status', '') <> 'published'
        AND coalesce(old_row->>'_status', '') <> 'published' THEN
        RETURN NULL;
      END IF;
      IF length(slug) > 200 THEN
        slug := NULL;
      END IF;
      PERFORM pg_notify(${sql.raw(`'${channel}'`)}, json_build_object(
        'collection', TG_ARGV[0],
        'id', row_now->'id',
        'slug', slug,
        'op', TG_OP
      )::text);
      RETURN NULL;
    END
    $$;
  `)
  for (const [table, slug] of Object.entries(tables)) {
    await db.execute(sql`
      DROP TRIGGER IF EXISTS ${sql.identifier(triggerName)} ON ${sql.identifier(table)};
      CREATE TRIGGER ${sql.identifier(triggerName)}
        AFTER INSERT OR UPDATE OR DELETE ON ${sql.identifier(table)}
        FOR EACH ROW EXECUTE FUNCTION dk_notify_change(${sql.raw(`'${slug}'`)});
    `)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of Object.keys(tables))
    await db.execute(
      sql`DROP TRIGGER IF EXISTS ${sql.identifier(triggerName)} ON ${sql.identifier(table)}`,
    )
  await db.execute(sql`DROP FUNCTION IF EXISTS dk_notify_change()`)
}
