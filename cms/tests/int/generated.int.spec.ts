// payload-types.ts is the contract between cms and web; it must match the config it came from.
import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { expect, it } from 'vitest'

import { payloadCli } from '../../../scripts/lib/payloadCli.ts'

it('committed payload-types.ts is what `payload generate:types` makes of the config', async () => {
  const fresh = join(tmpdir(), `payload-types-${crypto.randomUUID()}.ts`)
  try {
    await payloadCli(
      ['generate:types'],
      { ...process.env, PAYLOAD_TS_OUTPUT_PATH: fresh },
      () => {},
    )
    const committed = await readFile(new URL('../../src/payload-types.ts', import.meta.url), 'utf8')
    expect(
      await readFile(fresh, 'utf8'),
      'run `npm run pnpm -- --filter @dk/cms generate:types`',
    ).toBe(committed)
  } finally {
    await rm(fresh, { force: true })
  }
})
