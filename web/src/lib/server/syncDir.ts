import { open } from 'node:fs/promises'

/** A rename is durable only once the directory holding it is synced (outbox, content snapshot). */
export async function syncDir(dir: string) {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
