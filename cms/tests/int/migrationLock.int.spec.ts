// Two cms processes starting at once against an empty database must not both migrate it.
import { expect, it } from 'vitest'

import { payloadCli } from '@dk/testing/payloadCli'
import { startPostgres } from '@dk/testing/postgres'

it('concurrent migration runs take turns and both succeed', async () => {
  const postgres = await startPostgres()
  try {
    await postgres.createDatabase('race')
    const env = { ...process.env, DATABASE_URL: postgres.databaseUrl('race') }
    const outputs = ['', '']
    const run = (index: 0 | 1) =>
      payloadCli(['migrate'], env, (text) => {
        outputs[index] += text
      })
    const results = await Promise.allSettled([run(0), run(1)])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled'])
    // Exactly one of them applied the migrations; the other found nothing left to do.
    const applied = outputs.filter((output) => /Migrated:/.test(output))
    expect(applied).toHaveLength(1)
  } finally {
    await postgres.stop()
  }
}, 180_000)
