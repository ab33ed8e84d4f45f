import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_problem_card_grid" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "pages_blocks_contribution_area_grid" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "pages_blocks_steps" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "_pages_v_blocks_problem_card_grid" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "_pages_v_blocks_contribution_area_grid" ADD COLUMN "choose_items" boolean DEFAULT false;
  ALTER TABLE "_pages_v_blocks_steps" ADD COLUMN "choose_items" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_problem_card_grid" DROP COLUMN "choose_items";
  ALTER TABLE "pages_blocks_contribution_area_grid" DROP COLUMN "choose_items";
  ALTER TABLE "pages_blocks_steps" DROP COLUMN "choose_items";
  ALTER TABLE "_pages_v_blocks_problem_card_grid" DROP COLUMN "choose_items";
  ALTER TABLE "_pages_v_blocks_contribution_area_grid" DROP COLUMN "choose_items";
  ALTER TABLE "_pages_v_blocks_steps" DROP COLUMN "choose_items";`)
}
