// Hand-written data repair (issue 20), after the schema migration that added `choose_items`.
//
// Until now an empty grid meant «all», and the admin showed empty grids filled in, so saving a
// page stored the whole collection as the grid's choice and froze it. Here, in the pages and in
// every stored version of them: a grid whose stored choice is exactly the whole collection (all
// documents, or all published ones) becomes «all» again (no choice); any other stored choice was
// made on purpose and is kept, now marked as one (`choose_items = true`).
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

const grids = [
  { block: 'problem_card_grid', column: 'problem_cards_id', collection: 'problem_cards' },
  {
    block: 'contribution_area_grid',
    column: 'contribution_areas_id',
    collection: 'contribution_areas',
  },
  { block: 'steps', column: 'onboarding_steps_id', collection: 'onboarding_steps' },
] as const

// The pages themselves, and their versions (drafts, history that can be restored).
const stores = [
  { prefix: 'pages', path: 'layout' },
  { prefix: '_pages_v', path: 'version.layout' },
] as const

type Choice = { parent_id: number; path: string; ids: number[] }

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const grid of grids) {
    const collection = sql.identifier(grid.collection)
    const all = await ids(db, sql`SELECT id FROM ${collection}`)
    const published = await ids(db, sql`SELECT id FROM ${collection} WHERE _status = 'published'`)
    for (const store of stores) {
      const rels = sql.identifier(`${store.prefix}_rels`)
      const blocks = sql.identifier(`${store.prefix}_blocks_${grid.block}`)
      const column = sql.identifier(grid.column)
      // A block's relationship rows are stored under `<layout path>.<index>.items`.
      const pattern = `^${store.path.replace('.', '\\.')}\\.[0-9]+\\.items$`
      const { rows } = await db.execute(sql`
        SELECT parent_id, path, array_agg(${column}) AS ids FROM ${rels}
        WHERE ${column} IS NOT NULL AND path ~ ${pattern}
        GROUP BY parent_id, path`)
      for (const choice of rows as Choice[]) {
        const index = Number(choice.path.split('.').at(-2))
        if (sameSet(choice.ids, all) || sameSet(choice.ids, published)) {
          await db.execute(sql`
            DELETE FROM ${rels} WHERE parent_id = ${choice.parent_id} AND path = ${choice.path}`)
        } else {
          // The block's `_order` counts from 1 where the path's index counts from 0.
          await db.execute(sql`
            UPDATE ${blocks} SET choose_items = true
            WHERE _parent_id = ${choice.parent_id} AND _order = ${index + 1}`)
        }
      }
    }
  }
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // Nothing to undo: a frozen list of every document was never anyone's choice.
}

async function ids(db: MigrateUpArgs['db'], query: ReturnType<typeof sql>): Promise<number[]> {
  const { rows } = await db.execute(query)
  return (rows as { id: number }[]).map((row) => row.id)
}

function sameSet(a: number[], b: number[]): boolean {
  const left = new Set(a)
  return left.size === new Set(b).size && b.every((id) => left.has(id))
}
