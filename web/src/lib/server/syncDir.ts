import { open } from 'node:fs/promises'

async function fsyncDir(dir: string) {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Group commit: one directory sync makes durable every rename done before it started. A caller
 * arriving while one runs waits for the next, which starts after it ended and serves everyone who
 * arrived meanwhile; so a burst of outbox writes costs two syncs at a time, not one each.
 */
export function groupedSync(syncOnce: (dir: string) => Promise<void>) {
  /** Per directory: the sync that has not started yet, which a new caller may share. */
  const queued = new Map<string, Promise<void>>()
  /** Per directory: the sync under way, which started too early for a new caller. */
  const running = new Map<string, Promise<void>>()
  return (dir: string): Promise<void> => {
    const waiting = queued.get(dir)
    if (waiting) return waiting
    const before = running.get(dir)
    const run = async () => {
      // Always a turn later, so `next` is set below before it is started.
      await before?.catch(() => {})
      queued.delete(dir)
      running.set(dir, next)
      try {
        await syncOnce(dir)
      } finally {
        if (running.get(dir) === next) running.delete(dir)
      }
    }
    const next = run()
    queued.set(dir, next)
    return next
  }
}

/** A rename is durable only once the directory holding it is synced (outbox, content snapshot). */
export const syncDir = groupedSync(fsyncDir)
