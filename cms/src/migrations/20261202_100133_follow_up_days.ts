import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "follow_up_days" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_follow_up_days" numeric DEFAULT 3 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "follow_up_days";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_follow_up_days";`)
}
