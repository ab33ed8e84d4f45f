// Backs up the database named by DATABASE_URL and the CMS's media folder into one new folder
// (docs/operations/backup-og-recovery.md):
//   node scripts/backup.ts --out /srv/backup [--media /path/to/media] [--pg-bin /usr/lib/postgresql/18/bin]
// Prints the folder it made; exits non-zero, leaving nothing behind, when anything fails.
import { parseArgs } from 'node:util'

import { createBackup, mediaDirOf } from './lib/backup.ts'

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    media: { type: 'string' },
    'pg-bin': { type: 'string' },
  },
})
const databaseUrl = process.env.DATABASE_URL
if (!values.out || !databaseUrl) {
  console.error(
    'usage: DATABASE_URL=postgres://… node scripts/backup.ts --out DIR [--media DIR] [--pg-bin DIR]',
  )
  process.exit(2)
}

try {
  const { dir } = await createBackup({
    databaseUrl,
    outDir: values.out,
    mediaDir: mediaDirOf(values.media),
    pgBin: values['pg-bin'],
  })
  console.log(dir)
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
