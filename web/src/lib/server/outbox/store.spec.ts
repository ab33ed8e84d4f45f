import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, expect, it } from 'vitest'

import { OutboxStore } from './store.ts'
import { testEntry as entry } from './testCms.ts'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outbox-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

it('keeps an entry as one complete file, readable only by its owner, with nothing left in tmp/', async () => {
  const store = new OutboxStore(dir)
  const written = entry()
  await store.put(written)
  const key = written.submission.idempotencyKey

  expect(await store.pendingKeys()).toEqual([key])
  expect(await store.read(key)).toEqual(written)
  expect(await readdir(join(dir, 'tmp'))).toEqual([])
  const file = join(dir, 'pending', `${key}.json`)
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(written)
  expect((await stat(file)).mode & 0o777).toBe(0o600)
  expect((await stat(join(dir, 'pending'))).mode & 0o777).toBe(0o700)
})

it('never shows a half-written entry: writes interrupted by a crash are dropped on the next start', async () => {
  const before = new OutboxStore(dir)
  await before.put(entry())
  // What a crash in the middle of put() leaves behind: a partial file under tmp/.
  const partial = crypto.randomUUID()
  await writeFile(join(dir, 'tmp', `${partial}.abcd1234`), '{"submission":{"na')
  await writeFile(join(dir, 'pending', 'not-an-entry.txt'), 'x')

  const after = new OutboxStore(dir)
  const keys = await after.pendingKeys()
  expect(keys).toHaveLength(1)
  expect(keys).not.toContain(partial)
  expect(await readdir(join(dir, 'tmp'))).toEqual([])
})

it('survives a restart: a new store on the same folder sees what the old one wrote', async () => {
  const written = [entry('A'), entry('B')]
  const first = new OutboxStore(dir)
  for (const one of written) await first.put(one)

  const second = new OutboxStore(dir)
  const keys = (await second.pendingKeys()).sort()
  expect(keys).toEqual(written.map((one) => one.submission.idempotencyKey).sort())
  for (const one of written) {
    expect(await second.read(one.submission.idempotencyKey)).toEqual(one)
  }
})

it('removes delivered entries and moves refused ones aside', async () => {
  const store = new OutboxStore(dir)
  const [delivered, refused] = [entry(), entry()]
  await store.put(delivered)
  await store.put(refused)
  await store.remove(delivered.submission.idempotencyKey)
  await store.reject(refused.submission.idempotencyKey)

  expect(await store.pendingKeys()).toEqual([])
  expect(await store.read(delivered.submission.idempotencyKey)).toBeUndefined()
  expect(await readdir(join(dir, 'rejected'))).toEqual([
    `${refused.submission.idempotencyKey}.json`,
  ])
  expect(await store.rejectedCount()).toBe(1)
})

it('refuses keys that are not UUIDs, so no key can name a path', async () => {
  const store = new OutboxStore(dir)
  const bad = entry()
  bad.submission.idempotencyKey = '../../etc/passwd'
  await expect(store.put(bad)).rejects.toThrow()
  await expect(store.read('../x')).rejects.toThrow()
})
