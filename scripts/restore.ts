// Restores a backup made by scripts/backup.ts into the (empty) database named by DATABASE_URL and
// the media folder (docs/operations/backup-og-recovery.md). Stop cms first.
//   node scripts/restore.ts --from /srv/backup/datakollektivet-… [--media DIR] [--force]
// The checksums are verified before anything is touched; --force replaces existing content.
import { parseArgs } from 'node:util'

import { mediaDirOf, restoreBackup } from './lib/backup.ts'

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    media: { type: 'string' },
    force: { type: 'boolean', default: false },
    'pg-bin': { type: 'string' },
  },
})
const databaseUrl = process.env.DATABASE_URL
if (!values.from || !databaseUrl) {
  console.error(
    'usage: DATABASE_URL=postgres://… node scripts/restore.ts --from DIR [--media DIR] [--force] [--pg-bin DIR]',
  )
  process.exit(2)
}

try {
  await restoreBackup({
    dir: values.from,
    databaseUrl,
    mediaDir: mediaDirOf(values.media),
    force: values.force,
    pgBin: values['pg-bin'],
  })
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
