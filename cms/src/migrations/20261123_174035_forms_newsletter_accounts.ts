import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'emailRecruiters' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'postToMatrix' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteExpiredSubmissions' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteExpiredSubscribers' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'emailRecruiters' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'postToMatrix' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteExpiredSubmissions' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteExpiredSubscribers' BEFORE 'schedulePublish';
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "form_submissions" ADD COLUMN "repeats" numeric DEFAULT 0;
  ALTER TABLE "form_submissions" ADD COLUMN "last_repeated_at" timestamp(3) with time zone;
  ALTER TABLE "newsletter_subscribers" ADD COLUMN "confirm_token_expires_at" timestamp(3) with time zone;
  ALTER TABLE "newsletter_subscribers" ADD COLUMN "confirmation_sent_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_confirm_mail_subject" varchar DEFAULT 'Bekreft påmeldingen til nyhetsbrevet fra Datakollektivet' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_confirm_mail_text" varchar DEFAULT 'Hei!
  
  Noen har meldt denne e-postadressen på nyhetsbrevet fra Datakollektivet. Var det deg, åpner du lenken under og trykker på knappen for å bekrefte påmeldingen:' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_confirm_mail_after_link" varchar DEFAULT 'Lenken virker i 48 timer og kan brukes én gang. Har du ikke meldt deg på selv, trenger du ikke gjøre noe: da sletter vi adressen når lenken går ut.' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_mail_unsubscribe_text" varchar DEFAULT 'Vil du ikke ha e-post fra oss, kan du melde deg av her:' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_confirm_heading" varchar DEFAULT 'Bekreft påmeldingen' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_confirm_text" varchar DEFAULT 'Trykk på knappen for å bekrefte at du vil få nyhetsbrevet fra Datakollektivet.' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_confirm_button" varchar DEFAULT 'Bekreft påmeldingen' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_confirmed_heading" varchar DEFAULT 'Takk, du er påmeldt' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_confirmed_text" varchar DEFAULT 'Du får nyhetsbrevet på e-post. Hver e-post fra oss har en lenke du kan bruke for å melde deg av.' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_expired_heading" varchar DEFAULT 'Lenken er gått ut' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_expired_text" varchar DEFAULT 'Bekreftelseslenken virker bare i 48 timer. Meld deg på igjen, så sender vi deg en ny lenke.' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_invalid_heading" varchar DEFAULT 'Lenken virker ikke' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_invalid_text" varchar DEFAULT 'Lenken er allerede brukt, eller den er ufullstendig. Kopier gjerne hele lenken fra e-posten og prøv igjen.' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_unsubscribe_heading" varchar DEFAULT 'Meld deg av nyhetsbrevet' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_unsubscribe_text" varchar DEFAULT 'Trykk på knappen for å melde deg av. Da sletter vi e-postadressen din fra listen over abonnenter.' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_unsubscribe_button" varchar DEFAULT 'Meld meg av' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_unsubscribed_heading" varchar DEFAULT 'Du er meldt av' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "newsletter_unsubscribed_text" varchar DEFAULT 'Vi har slettet e-postadressen din fra listen over abonnenter. Du får ikke flere e-poster om nyhetsbrevet.' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_confirm_mail_subject" varchar DEFAULT 'Bekreft påmeldingen til nyhetsbrevet fra Datakollektivet' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_confirm_mail_text" varchar DEFAULT 'Hei!
  
  Noen har meldt denne e-postadressen på nyhetsbrevet fra Datakollektivet. Var det deg, åpner du lenken under og trykker på knappen for å bekrefte påmeldingen:' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_confirm_mail_after_link" varchar DEFAULT 'Lenken virker i 48 timer og kan brukes én gang. Har du ikke meldt deg på selv, trenger du ikke gjøre noe: da sletter vi adressen når lenken går ut.' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_mail_unsubscribe_text" varchar DEFAULT 'Vil du ikke ha e-post fra oss, kan du melde deg av her:' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_confirm_heading" varchar DEFAULT 'Bekreft påmeldingen' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_confirm_text" varchar DEFAULT 'Trykk på knappen for å bekrefte at du vil få nyhetsbrevet fra Datakollektivet.' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_confirm_button" varchar DEFAULT 'Bekreft påmeldingen' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_confirmed_heading" varchar DEFAULT 'Takk, du er påmeldt' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_confirmed_text" varchar DEFAULT 'Du får nyhetsbrevet på e-post. Hver e-post fra oss har en lenke du kan bruke for å melde deg av.' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_expired_heading" varchar DEFAULT 'Lenken er gått ut' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_expired_text" varchar DEFAULT 'Bekreftelseslenken virker bare i 48 timer. Meld deg på igjen, så sender vi deg en ny lenke.' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_invalid_heading" varchar DEFAULT 'Lenken virker ikke' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_invalid_text" varchar DEFAULT 'Lenken er allerede brukt, eller den er ufullstendig. Kopier gjerne hele lenken fra e-posten og prøv igjen.' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_unsubscribe_heading" varchar DEFAULT 'Meld deg av nyhetsbrevet' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_unsubscribe_text" varchar DEFAULT 'Trykk på knappen for å melde deg av. Da sletter vi e-postadressen din fra listen over abonnenter.' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_unsubscribe_button" varchar DEFAULT 'Meld meg av' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_unsubscribed_heading" varchar DEFAULT 'Du er meldt av' NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_newsletter_unsubscribed_text" varchar DEFAULT 'Vi har slettet e-postadressen din fra listen over abonnenter. Du får ikke flere e-poster om nyhetsbrevet.' NOT NULL;
  CREATE INDEX "form_submissions_name_idx" ON "form_submissions" USING btree ("name");
  CREATE INDEX "form_submissions_email_idx" ON "form_submissions" USING btree ("email");
  CREATE INDEX "newsletter_subscribers_status_idx" ON "newsletter_subscribers" USING btree ("status");
  CREATE INDEX "newsletter_subscribers_confirm_token_expires_at_idx" ON "newsletter_subscribers" USING btree ("confirm_token_expires_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "form_submissions_name_idx";
  DROP INDEX "form_submissions_email_idx";
  DROP INDEX "newsletter_subscribers_status_idx";
  DROP INDEX "newsletter_subscribers_confirm_token_expires_at_idx";
  ALTER TABLE "form_submissions" DROP COLUMN "repeats";
  ALTER TABLE "form_submissions" DROP COLUMN "last_repeated_at";
  ALTER TABLE "newsletter_subscribers" DROP COLUMN "confirm_token_expires_at";
  ALTER TABLE "newsletter_subscribers" DROP COLUMN "confirmation_sent_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_confirm_mail_subject";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_confirm_mail_text";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_confirm_mail_after_link";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_mail_unsubscribe_text";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_confirm_heading";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_confirm_text";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_confirm_button";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_confirmed_heading";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_confirmed_text";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_expired_heading";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_expired_text";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_invalid_heading";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_invalid_text";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_unsubscribe_heading";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_unsubscribe_text";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_unsubscribe_button";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_unsubscribed_heading";
  ALTER TABLE "site_settings" DROP COLUMN "newsletter_unsubscribed_text";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_confirm_mail_subject";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_confirm_mail_text";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_confirm_mail_after_link";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_mail_unsubscribe_text";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_confirm_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_confirm_text";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_confirm_button";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_confirmed_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_confirmed_text";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_expired_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_expired_text";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_invalid_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_invalid_text";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_unsubscribe_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_unsubscribe_text";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_unsubscribe_button";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_unsubscribed_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_newsletter_unsubscribed_text";`)
}
