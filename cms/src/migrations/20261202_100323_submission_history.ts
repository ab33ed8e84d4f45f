import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_submission_history_status_from" AS ENUM('new', 'contacted', 'onboarded', 'declined', 'spam');
  CREATE TYPE "public"."enum_submission_history_status_to" AS ENUM('new', 'contacted', 'onboarded', 'declined', 'spam');
  CREATE TABLE "submission_history" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"submission_id" integer,
  	"changed_by_id" integer,
  	"status_from" "enum_submission_history_status_from",
  	"status_to" "enum_submission_history_status_to",
  	"assignee_changed" boolean DEFAULT false,
  	"assignee_from_id" integer,
  	"assignee_to_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submission_history_id" integer;
  ALTER TABLE "submission_history" ADD CONSTRAINT "submission_history_submission_id_form_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."form_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_history" ADD CONSTRAINT "submission_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_history" ADD CONSTRAINT "submission_history_assignee_from_id_users_id_fk" FOREIGN KEY ("assignee_from_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_history" ADD CONSTRAINT "submission_history_assignee_to_id_users_id_fk" FOREIGN KEY ("assignee_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "submission_history_submission_idx" ON "submission_history" USING btree ("submission_id");
  CREATE INDEX "submission_history_changed_by_idx" ON "submission_history" USING btree ("changed_by_id");
  CREATE INDEX "submission_history_assignee_from_idx" ON "submission_history" USING btree ("assignee_from_id");
  CREATE INDEX "submission_history_assignee_to_idx" ON "submission_history" USING btree ("assignee_to_id");
  CREATE INDEX "submission_history_updated_at_idx" ON "submission_history" USING btree ("updated_at");
  CREATE INDEX "submission_history_created_at_idx" ON "submission_history" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submission_history_fk" FOREIGN KEY ("submission_history_id") REFERENCES "public"."submission_history"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_submission_history_id_idx" ON "payload_locked_documents_rels" USING btree ("submission_history_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "submission_history" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "submission_history" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submission_history_fk";
  
  DROP INDEX "payload_locked_documents_rels_submission_history_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submission_history_id";
  DROP TYPE "public"."enum_submission_history_status_from";
  DROP TYPE "public"."enum_submission_history_status_to";`)
}
