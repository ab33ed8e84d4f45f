// One throwaway PostgreSQL for the integration tests, migrated with Payload's own CLI.
import { randomBytes } from 'node:crypto'

import { payloadCli } from '../../scripts/lib/payloadCli.ts'
import { startPostgres } from '../../scripts/lib/postgres.ts'

export default async function setup() {
  const postgres = await startPostgres()
  await postgres.createDatabase('dk_int')
  // Test workers inherit this environment; cms/src/env.ts reads it.
  process.env.DATABASE_URL = postgres.databaseUrl('dk_int')
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  await payloadCli(['migrate'], process.env, () => {})
  return () => postgres.stop()
}
