// Files Payload generates from the config are committed; they must match the config they came from.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { expect, it } from 'vitest'

import { payloadCli } from '@dk/testing/payloadCli'

const quiet = () => {}

it('payload-types.ts is what `payload generate:types` makes of the config', async () => {
  const fresh = join(tmpdir(), `payload-types-${crypto.randomUUID()}.ts`)
  try {
    await payloadCli(['generate:types'], { ...process.env, PAYLOAD_TS_OUTPUT_PATH: fresh }, quiet)
    const committed = await readFile(new URL('../../src/payload-types.ts', import.meta.url), 'utf8')
    expect(await readFile(fresh, 'utf8'), 'run `payload generate:types` in cms/').toBe(committed)
  } finally {
    await rm(fresh, { force: true })
  }
})

// Without a current import map the admin silently drops fields (the rich text editor, say).
it('the admin import map is what `payload generate:importmap` makes of the config', async () => {
  const file = new URL('../../src/app/(payload)/admin/importMap.js', import.meta.url)
  const committed = await readFile(file, 'utf8')
  try {
    // The command can only write in place; the committed text is put back afterwards.
    await payloadCli(['generate:importmap'], process.env, quiet)
    expect(await readFile(file, 'utf8'), 'run `payload generate:importmap` in cms/').toBe(committed)
  } finally {
    await writeFile(file, committed)
  }
})

// The database schema changes only through committed migrations (`push: false`), so a config
// change without its migration would break every deployment.
it('the committed migrations describe the whole config', async () => {
  const dir = new URL('../../src/migrations/', import.meta.url)
  const index = new URL('index.ts', dir)
  const before = new Set(await readdir(dir))
  const committedIndex = await readFile(index, 'utf8')
  try {
    await payloadCli(['migrate:create', 'drift-check', '--skip-empty'], process.env, quiet)
    const added = (await readdir(dir)).filter((file) => !before.has(file))
    expect(added, 'run `payload migrate:create <name>` in cms/ and commit it').toEqual([])
  } finally {
    for (const file of await readdir(dir)) if (!before.has(file)) await rm(new URL(file, dir))
    await writeFile(index, committedIndex)
  }
})
