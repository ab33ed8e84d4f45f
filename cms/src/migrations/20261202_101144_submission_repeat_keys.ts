import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "form_submissions_repeat_keys" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL
  );
  
  ALTER TABLE "form_submissions_repeat_keys" ADD CONSTRAINT "form_submissions_repeat_keys_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "form_submissions_repeat_keys_order_idx" ON "form_submissions_repeat_keys" USING btree ("_order");
  CREATE INDEX "form_submissions_repeat_keys_parent_id_idx" ON "form_submissions_repeat_keys" USING btree ("_parent_id");
  CREATE INDEX "form_submissions_repeat_keys_key_idx" ON "form_submissions_repeat_keys" USING btree ("key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "form_submissions_repeat_keys" CASCADE;`)
}
