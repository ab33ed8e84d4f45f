import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_login_attempts_kind" AS ENUM('login', 'forgotPassword');
  ALTER TABLE "login_attempts" ADD COLUMN "kind" "enum_login_attempts_kind" DEFAULT 'login' NOT NULL;
  CREATE INDEX "login_attempts_kind_idx" ON "login_attempts" USING btree ("kind");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "login_attempts_kind_idx";
  ALTER TABLE "login_attempts" DROP COLUMN "kind";
  DROP TYPE "public"."enum_login_attempts_kind";`)
}
