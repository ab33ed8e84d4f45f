// Hand-written data repair (issue 20), after the schema migration that gave the site settings
// drafts (`_status`, `latest`, `autosave`, all empty or «draft» on rows that already exist).
//
// Every settings save until now was a publish: the stored settings are published, and so is every
// version in their history (else the history would list them as drafts, and visitors, who read
// only published settings, would get none). The newest version is the latest, as Payload marks it.
// Settings with no history at all (not made by this code, but cheap to cover) get their current
// content saved as the published version.
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`UPDATE site_settings SET _status = 'published'`)
  await db.execute(sql`
    UPDATE _site_settings_v SET version__status = 'published', autosave = false,
      latest = (id = (SELECT id FROM _site_settings_v ORDER BY updated_at DESC, id DESC LIMIT 1))
  `)
  const { rows: settings } = await db.execute(sql`SELECT count(*)::int AS n FROM site_settings`)
  const { rows: versions } = await db.execute(sql`SELECT count(*)::int AS n FROM _site_settings_v`)
  if (Number(settings[0]?.n) > 0 && Number(versions[0]?.n) === 0) {
    // Publishing the stored settings again writes them as the first version of the history.
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { _status: 'published' },
      overrideAccess: true,
      req,
    })
  }
}

// The schema migration's down drops the columns this filled; nothing else was changed.
export async function down(_: MigrateDownArgs): Promise<void> {}
