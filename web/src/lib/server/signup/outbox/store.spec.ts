import * as fs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, expect, it } from 'vitest'

import { OutboxStore, staleTmpMs, type OutboxFiles } from './store.ts'
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
  // What a crash in the middle of put() leaves behind: a partial file under tmp/, from before.
  const partial = crypto.randomUUID()
  const partialFile = join(dir, 'tmp', `${partial}.abcd1234`)
  await writeFile(partialFile, '{"submission":{"na')
  const crashedAt = new Date(Date.now() - staleTmpMs - 1_000)
  await utimes(partialFile, crashedAt, crashedAt)
  // Another web instance sharing the folder, in the middle of its own write: left alone.
  const underWay = join(dir, 'tmp', `${crypto.randomUUID()}.ef567890`)
  await writeFile(underWay, '{"submission":')
  await writeFile(join(dir, 'pending', 'not-an-entry.txt'), 'x')

  const after = new OutboxStore(dir)
  const keys = await after.pendingKeys()
  expect(keys).toHaveLength(1)
  expect(keys).not.toContain(partial)
  expect(await readdir(join(dir, 'tmp'))).toEqual([underWay.split('/').at(-1)])
})

/** Files whose writes fail as on a full disk, after the temporary file was created. */
const fullDisk = (failing: 'writeFile' | 'sync' | 'rename'): OutboxFiles => ({
  open: (async (...args: Parameters<typeof fs.open>) => {
    const handle = await fs.open(...args)
    if (failing !== 'rename')
      handle[failing] = () =>
        Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }))
    return handle
  }) as typeof fs.open,
  rename: (async (...args: Parameters<typeof fs.rename>) =>
    failing === 'rename'
      ? Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }))
      : fs.rename(...args)) as typeof fs.rename,
})

it('removes the temporary file of a write that failed: a full disk does not fill further', async () => {
  for (const failing of ['writeFile', 'sync', 'rename'] as const) {
    const store = new OutboxStore(dir, fullDisk(failing))
    for (let attempt = 0; attempt < 3; attempt += 1)
      await expect(store.put(entry()), failing).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await readdir(join(dir, 'tmp')), failing).toEqual([])
    expect(await store.pendingKeys(), failing).toEqual([])
  }
})

it('deletes refused entries once they have been set aside longer than the retention', async () => {
  const store = new OutboxStore(dir)
  const [old, recent] = [entry(), entry()]
  const day = 24 * 60 * 60_000
  const now = Date.now()
  for (const one of [old, recent]) await store.put(one)
  await store.reject(old.submission.idempotencyKey, new Date(now - 8 * day))
  await store.reject(recent.submission.idempotencyKey, new Date(now - 6 * day))

  expect(await store.sweepRejected(now - 7 * day)).toBe(1)
  expect(await readdir(join(dir, 'rejected'))).toEqual([`${recent.submission.idempotencyKey}.json`])
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
