import { expect, it } from 'vitest'

import { groupedSync } from './syncDir.ts'

/** A directory sync that ends when the test says so, recording when each started. */
function fakeSyncs() {
  const started: { dir: string; finish: (error?: Error) => void }[] = []
  const syncOnce = (dir: string) =>
    new Promise<void>((resolve, reject) => {
      started.push({ dir, finish: (error) => (error ? reject(error) : resolve()) })
    })
  return { started, syncDir: groupedSync(syncOnce) }
}
const turn = () => new Promise((resolve) => setTimeout(resolve, 0))

it('callers arriving while a sync runs share one sync that starts after it', async () => {
  const { started, syncDir } = fakeSyncs()
  const first = syncDir('/outbox/pending')
  await turn()
  expect(started).toHaveLength(1)
  // These renamed after the running sync began: it does not cover them.
  const later = Array.from({ length: 10 }, () => syncDir('/outbox/pending'))
  await turn()
  expect(started).toHaveLength(1)
  started[0]!.finish()
  await first
  await turn()
  expect(started).toHaveLength(2)
  started[1]!.finish()
  await Promise.all(later)
  expect(started).toHaveLength(2)
})

it('a failed sync fails its own callers; the next still runs', async () => {
  const { started, syncDir } = fakeSyncs()
  const first = syncDir('/d')
  await turn()
  const second = syncDir('/d')
  started[0]!.finish(new Error('EIO'))
  await expect(first).rejects.toThrow('EIO')
  await turn()
  started[1]!.finish()
  await expect(second).resolves.toBeUndefined()
})

it('each directory is synced on its own', async () => {
  const { started, syncDir } = fakeSyncs()
  const syncs = [syncDir('/a'), syncDir('/b')]
  await turn()
  expect(started.map((sync) => sync.dir)).toEqual(['/a', '/b'])
  for (const sync of started) sync.finish()
  await Promise.all(syncs)
})
