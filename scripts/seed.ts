// `npm run seed`: migrate and seed the database named by DATABASE_URL (or the dev database).
import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { dataDir, repoRoot } from '@dk/testing/paths'
import { payloadCli } from '@dk/testing/payloadCli'
import { startPostgres, type RunningPostgres } from '@dk/testing/postgres'

import { devSecrets } from './lib/devSecrets.ts'

if (existsSync(join(repoRoot, '.env'))) process.loadEnvFile(join(repoRoot, '.env'))

let postgres: RunningPostgres | undefined
const env: NodeJS.ProcessEnv = { ...process.env }
if (!env.DATABASE_URL) {
  Object.assign(env, { ...devSecrets(), ...process.env })
  postgres = await startPostgres({
    dataDir: join(dataDir, 'postgres'),
    port: Number(process.env.DEV_POSTGRES_PORT ?? 54329),
  })
  await postgres.createDatabase('datakollektivet')
  env.DATABASE_URL = postgres.databaseUrl('datakollektivet')
}
try {
  await payloadCli(['migrate'], env)
  await payloadCli(['run', 'src/seed/run.ts'], env)
} finally {
  await postgres?.stop()
}
