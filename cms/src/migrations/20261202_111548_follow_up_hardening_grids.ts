import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_submission_history_status_from" AS ENUM('new', 'contacted', 'onboarded', 'declined', 'spam');
  CREATE TYPE "public"."enum_submission_history_status_to" AS ENUM('new', 'contacted', 'onboarded', 'declined', 'spam');
  CREATE TYPE "public"."enum_login_attempts_kind" AS ENUM('login', 'forgotPassword');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendFollowUpReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'startNewsletterOptIn' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendFollowUpReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'startNewsletterOptIn' BEFORE 'schedulePublish';
  CREATE TABLE "form_submissions_repeat_keys" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL
  );
  
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
  
  CREATE TABLE "reminder_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"recipient" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contribution_areas_id" integer
  );
  
  CREATE TABLE "login_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_login_attempts_kind" DEFAULT 'login' NOT NULL,
  	"account" varchar NOT NULL,
  	"address" varchar NOT NULL,
  	"succeeded" boolean DEFAULT false NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "pages_blocks_problem_card_grid" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "pages_blocks_contribution_area_grid" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "pages_blocks_steps" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "_pages_v_blocks_problem_card_grid" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "_pages_v_blocks_contribution_area_grid" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "_pages_v_blocks_steps" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submission_history_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reminder_deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "login_attempts_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "follow_up_days" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_follow_up_days" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "form_submissions_repeat_keys" ADD CONSTRAINT "form_submissions_repeat_keys_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submission_history" ADD CONSTRAINT "submission_history_submission_id_form_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."form_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_history" ADD CONSTRAINT "submission_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_history" ADD CONSTRAINT "submission_history_assignee_from_id_users_id_fk" FOREIGN KEY ("assignee_from_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_history" ADD CONSTRAINT "submission_history_assignee_to_id_users_id_fk" FOREIGN KEY ("assignee_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_contribution_areas_fk" FOREIGN KEY ("contribution_areas_id") REFERENCES "public"."contribution_areas"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "form_submissions_repeat_keys_order_idx" ON "form_submissions_repeat_keys" USING btree ("_order");
  CREATE INDEX "form_submissions_repeat_keys_parent_id_idx" ON "form_submissions_repeat_keys" USING btree ("_parent_id");
  CREATE INDEX "form_submissions_repeat_keys_key_idx" ON "form_submissions_repeat_keys" USING btree ("key");
  CREATE INDEX "submission_history_submission_idx" ON "submission_history" USING btree ("submission_id");
  CREATE INDEX "submission_history_changed_by_idx" ON "submission_history" USING btree ("changed_by_id");
  CREATE INDEX "submission_history_assignee_from_idx" ON "submission_history" USING btree ("assignee_from_id");
  CREATE INDEX "submission_history_assignee_to_idx" ON "submission_history" USING btree ("assignee_to_id");
  CREATE INDEX "submission_history_updated_at_idx" ON "submission_history" USING btree ("updated_at");
  CREATE INDEX "submission_history_created_at_idx" ON "submission_history" USING btree ("created_at");
  CREATE INDEX "reminder_deliveries_updated_at_idx" ON "reminder_deliveries" USING btree ("updated_at");
  CREATE INDEX "reminder_deliveries_created_at_idx" ON "reminder_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "day_recipient_idx" ON "reminder_deliveries" USING btree ("day","recipient");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_contribution_areas_id_idx" ON "users_rels" USING btree ("contribution_areas_id");
  CREATE INDEX "login_attempts_kind_idx" ON "login_attempts" USING btree ("kind");
  CREATE INDEX "login_attempts_account_idx" ON "login_attempts" USING btree ("account");
  CREATE INDEX "login_attempts_address_idx" ON "login_attempts" USING btree ("address");
  CREATE INDEX "login_attempts_updated_at_idx" ON "login_attempts" USING btree ("updated_at");
  CREATE INDEX "login_attempts_created_at_idx" ON "login_attempts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submission_history_fk" FOREIGN KEY ("submission_history_id") REFERENCES "public"."submission_history"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reminder_deliveries_fk" FOREIGN KEY ("reminder_deliveries_id") REFERENCES "public"."reminder_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_login_attempts_fk" FOREIGN KEY ("login_attempts_id") REFERENCES "public"."login_attempts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_submission_history_id_idx" ON "payload_locked_documents_rels" USING btree ("submission_history_id");
  CREATE INDEX "payload_locked_documents_rels_reminder_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("reminder_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_login_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("login_attempts_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "form_submissions_repeat_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reminder_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "login_attempts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "form_submissions_repeat_keys" CASCADE;
  DROP TABLE "submission_history" CASCADE;
  DROP TABLE "reminder_deliveries" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "login_attempts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submission_history_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reminder_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_login_attempts_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'emailRecruiters', 'postToMatrix', 'deleteExpiredSubmissions', 'deleteExpiredSubscribers', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'emailRecruiters', 'postToMatrix', 'deleteExpiredSubmissions', 'deleteExpiredSubscribers', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_submission_history_id_idx";
  DROP INDEX "payload_locked_documents_rels_reminder_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_login_attempts_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "pages_blocks_problem_card_grid" DROP COLUMN "choose_items";
  ALTER TABLE "pages_blocks_contribution_area_grid" DROP COLUMN "choose_items";
  ALTER TABLE "pages_blocks_steps" DROP COLUMN "choose_items";
  ALTER TABLE "_pages_v_blocks_problem_card_grid" DROP COLUMN "choose_items";
  ALTER TABLE "_pages_v_blocks_contribution_area_grid" DROP COLUMN "choose_items";
  ALTER TABLE "_pages_v_blocks_steps" DROP COLUMN "choose_items";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submission_history_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reminder_deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "login_attempts_id";
  ALTER TABLE "site_settings" DROP COLUMN "follow_up_days";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_follow_up_days";
  DROP TYPE "public"."enum_submission_history_status_from";
  DROP TYPE "public"."enum_submission_history_status_to";
  DROP TYPE "public"."enum_login_attempts_kind";`)
}
