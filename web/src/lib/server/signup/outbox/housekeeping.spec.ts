import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, expect, it, vi } from 'vitest'

import { keepHouse } from './housekeeping.ts'
import { OutboxStore } from './store.ts'
import { testEntry as entry } from './testCms.ts'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outbox-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

const errorLines = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls
    .map(([line]) => JSON.parse(String(line)) as { level: string; message: string })
    .filter((line) => line.level === 'error')

it('says at error level that refused submissions wait, and deletes them after the retention', async () => {
  const store = new OutboxStore(dir)
  const refused = entry()
  await store.put(refused)
  const now = Date.now()
  await store.reject(refused.submission.idempotencyKey, new Date(now))
  const stderr = vi.spyOn(console, 'error').mockImplementation(() => {})

  await keepHouse(store, 7, now)
  expect(await readdir(join(dir, 'rejected'))).toHaveLength(1)
  const [alert] = errorLines(stderr)
  expect(alert?.message).toContain('1 innsendinger avvist av CMS ligger i rejected/')
  // Facts only: never the submission's content.
  expect(alert?.message).not.toContain(refused.submission.email)

  stderr.mockClear()
  await keepHouse(store, 7, now + 7 * 24 * 60 * 60_000 + 1)
  expect(await readdir(join(dir, 'rejected'))).toEqual([])
  expect(errorLines(stderr)).toEqual([])
})
