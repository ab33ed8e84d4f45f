import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_image_width" AS ENUM('text', 'wide');
  CREATE TYPE "public"."enum__pages_v_blocks_image_width" AS ENUM('text', 'wide');
  CREATE TYPE "public"."enum_site_settings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_settings_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "pages_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"width" "enum_pages_blocks_image_width" DEFAULT 'text',
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"width" "enum__pages_v_blocks_image_width" DEFAULT 'text',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  ALTER TABLE "site_settings_navigation" ALTER COLUMN "link_label" DROP NOT NULL;
  ALTER TABLE "site_settings_navigation" ALTER COLUMN "link_href" DROP NOT NULL;
  ALTER TABLE "site_settings_footer_links" ALTER COLUMN "link_label" DROP NOT NULL;
  ALTER TABLE "site_settings_footer_links" ALTER COLUMN "link_href" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "site_name" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "default_seo_title" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "default_seo_description" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_name_label" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_email_label" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_interests_label" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_message_label" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_required_marker" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_optional_marker" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_submit_label" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_privacy_notice" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_privacy_link_label" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_success_heading" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_success_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_summary" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_required" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_email" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_too_long" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_interests" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_rate_limited" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_unavailable" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_newsletter_email_label" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_newsletter_submit_label" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_newsletter_success_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "follow_up_days" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_mail_subject" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_mail_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_mail_after_link" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_mail_unsubscribe_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_heading" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_button" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirmed_heading" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirmed_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_expired_heading" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_expired_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_invalid_heading" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_invalid_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribe_heading" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribe_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribe_button" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribed_heading" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribed_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_skip_link" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_navigation_label" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_not_found_heading" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_not_found_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_error_heading" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_error_text" DROP NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_home_link_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v_version_navigation" ALTER COLUMN "link_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v_version_navigation" ALTER COLUMN "link_href" DROP NOT NULL;
  ALTER TABLE "_site_settings_v_version_footer_links" ALTER COLUMN "link_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v_version_footer_links" ALTER COLUMN "link_href" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_site_name" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_default_seo_title" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_default_seo_description" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_name_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_email_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_interests_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_message_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_required_marker" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_optional_marker" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_submit_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_privacy_notice" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_privacy_link_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_success_heading" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_success_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_summary" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_required" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_email" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_too_long" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_interests" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_rate_limited" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_unavailable" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_newsletter_email_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_newsletter_submit_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_newsletter_success_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_follow_up_days" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_mail_subject" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_mail_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_mail_after_link" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_mail_unsubscribe_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_heading" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_button" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirmed_heading" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirmed_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_expired_heading" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_expired_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_invalid_heading" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_invalid_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribe_heading" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribe_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribe_button" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribed_heading" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribed_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_skip_link" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_navigation_label" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_not_found_heading" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_not_found_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_error_heading" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_error_text" DROP NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_home_link_label" DROP NOT NULL;
  ALTER TABLE "problem_cards" ADD COLUMN "image_id" integer;
  ALTER TABLE "_problem_cards_v" ADD COLUMN "version_image_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "_status" "enum_site_settings_status" DEFAULT 'draft';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version__status" "enum__site_settings_v_version_status" DEFAULT 'draft';
  ALTER TABLE "_site_settings_v" ADD COLUMN "latest" boolean;
  ALTER TABLE "_site_settings_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "pages_blocks_image" ADD CONSTRAINT "pages_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_image" ADD CONSTRAINT "pages_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_image" ADD CONSTRAINT "_pages_v_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_image" ADD CONSTRAINT "_pages_v_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_image_order_idx" ON "pages_blocks_image" USING btree ("_order");
  CREATE INDEX "pages_blocks_image_parent_id_idx" ON "pages_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_image_path_idx" ON "pages_blocks_image" USING btree ("_path");
  CREATE INDEX "pages_blocks_image_image_idx" ON "pages_blocks_image" USING btree ("image_id");
  CREATE INDEX "_pages_v_blocks_image_order_idx" ON "_pages_v_blocks_image" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_image_parent_id_idx" ON "_pages_v_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_image_path_idx" ON "_pages_v_blocks_image" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_image_image_idx" ON "_pages_v_blocks_image" USING btree ("image_id");
  ALTER TABLE "problem_cards" ADD CONSTRAINT "problem_cards_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_problem_cards_v" ADD CONSTRAINT "_problem_cards_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "problem_cards_image_idx" ON "problem_cards" USING btree ("image_id");
  CREATE INDEX "_problem_cards_v_version_version_image_idx" ON "_problem_cards_v" USING btree ("version_image_id");
  CREATE INDEX "site_settings__status_idx" ON "site_settings" USING btree ("_status");
  CREATE INDEX "_site_settings_v_version_version__status_idx" ON "_site_settings_v" USING btree ("version__status");
  CREATE INDEX "_site_settings_v_latest_idx" ON "_site_settings_v" USING btree ("latest");
  CREATE INDEX "_site_settings_v_autosave_idx" ON "_site_settings_v" USING btree ("autosave");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_image" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_image" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_image" CASCADE;
  DROP TABLE "_pages_v_blocks_image" CASCADE;
  ALTER TABLE "problem_cards" DROP CONSTRAINT "problem_cards_image_id_media_id_fk";
  
  ALTER TABLE "_problem_cards_v" DROP CONSTRAINT "_problem_cards_v_version_image_id_media_id_fk";
  
  DROP INDEX "problem_cards_image_idx";
  DROP INDEX "_problem_cards_v_version_version_image_idx";
  DROP INDEX "site_settings__status_idx";
  DROP INDEX "_site_settings_v_version_version__status_idx";
  DROP INDEX "_site_settings_v_latest_idx";
  DROP INDEX "_site_settings_v_autosave_idx";
  ALTER TABLE "site_settings_navigation" ALTER COLUMN "link_label" SET NOT NULL;
  ALTER TABLE "site_settings_navigation" ALTER COLUMN "link_href" SET NOT NULL;
  ALTER TABLE "site_settings_footer_links" ALTER COLUMN "link_label" SET NOT NULL;
  ALTER TABLE "site_settings_footer_links" ALTER COLUMN "link_href" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "site_name" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "default_seo_title" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "default_seo_description" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_name_label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_email_label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_interests_label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_message_label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_required_marker" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_optional_marker" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_submit_label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_privacy_notice" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_privacy_link_label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_success_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_success_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_summary" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_required" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_email" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_too_long" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_interests" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_rate_limited" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_error_unavailable" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_newsletter_email_label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_newsletter_submit_label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "form_newsletter_success_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "follow_up_days" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_mail_subject" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_mail_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_mail_after_link" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_mail_unsubscribe_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirm_button" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirmed_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_confirmed_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_expired_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_expired_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_invalid_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_invalid_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribe_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribe_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribe_button" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribed_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "newsletter_unsubscribed_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_skip_link" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_navigation_label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_not_found_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_not_found_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_error_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_error_text" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "interface_home_link_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v_version_navigation" ALTER COLUMN "link_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v_version_navigation" ALTER COLUMN "link_href" SET NOT NULL;
  ALTER TABLE "_site_settings_v_version_footer_links" ALTER COLUMN "link_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v_version_footer_links" ALTER COLUMN "link_href" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_site_name" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_default_seo_title" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_default_seo_description" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_name_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_email_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_interests_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_message_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_required_marker" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_optional_marker" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_submit_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_privacy_notice" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_privacy_link_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_success_heading" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_success_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_summary" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_required" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_email" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_too_long" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_interests" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_rate_limited" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_error_unavailable" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_newsletter_email_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_newsletter_submit_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_form_newsletter_success_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_follow_up_days" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_mail_subject" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_mail_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_mail_after_link" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_mail_unsubscribe_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_heading" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirm_button" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirmed_heading" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_confirmed_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_expired_heading" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_expired_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_invalid_heading" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_invalid_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribe_heading" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribe_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribe_button" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribed_heading" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_newsletter_unsubscribed_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_skip_link" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_navigation_label" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_not_found_heading" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_not_found_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_error_heading" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_error_text" SET NOT NULL;
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_interface_home_link_label" SET NOT NULL;
  ALTER TABLE "problem_cards" DROP COLUMN "image_id";
  ALTER TABLE "_problem_cards_v" DROP COLUMN "version_image_id";
  ALTER TABLE "site_settings" DROP COLUMN "_status";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version__status";
  ALTER TABLE "_site_settings_v" DROP COLUMN "latest";
  ALTER TABLE "_site_settings_v" DROP COLUMN "autosave";
  DROP TYPE "public"."enum_pages_blocks_image_width";
  DROP TYPE "public"."enum__pages_v_blocks_image_width";
  DROP TYPE "public"."enum_site_settings_status";
  DROP TYPE "public"."enum__site_settings_v_version_status";`)
}
