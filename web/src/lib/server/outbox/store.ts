// A durable queue of submissions on disk: one JSON file per submission, named by its idempotency
// key. A file is either complete or absent: it is written under tmp/, fsynced, renamed into
// pending/ and the directory fsynced, so a crash or power cut never leaves half an entry behind.
import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises'
import { join } from 'node:path'

import type { Signup } from '@dk/shared'

/** What the CMS is sent for one accepted submission. */
export type OutboxSubmission = Signup & { sourcePage: string; idempotencyKey: string }

export type OutboxEntry = {
  submission: OutboxSubmission
  /** When the visitor's submission was accepted (ISO time). */
  acceptedAt: string
}

// Keys come from crypto.randomUUID(); anything else never becomes a file name.
const keyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export class OutboxStore {
  readonly pendingDir: string
  readonly rejectedDir: string
  private readonly tmpDir: string
  private ready: Promise<void> | undefined

  constructor(readonly dir: string) {
    this.pendingDir = join(dir, 'pending')
    this.rejectedDir = join(dir, 'rejected')
    this.tmpDir = join(dir, 'tmp')
  }

  /** Creates the folders and drops unfinished writes: those visitors were never told "takk". */
  private prepare(): Promise<void> {
    this.ready ??= (async () => {
      await rm(this.tmpDir, { recursive: true, force: true })
      // Personal data: only web's own user may list or read it.
      for (const dir of [this.pendingDir, this.rejectedDir, this.tmpDir])
        await mkdir(dir, { recursive: true, mode: 0o700 })
    })()
    return this.ready
  }

  /** Resolves once the entry is on disk for good. */
  async put(entry: OutboxEntry): Promise<void> {
    const key = checkedKey(entry.submission.idempotencyKey)
    await this.prepare()
    const tmpFile = join(this.tmpDir, `${key}.${randomBytes(4).toString('hex')}`)
    const file = await open(tmpFile, 'wx', 0o600)
    try {
      await file.writeFile(JSON.stringify(entry))
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(tmpFile, this.pendingFile(key))
    await syncDir(this.pendingDir)
  }

  /** Keys of the entries waiting for delivery. */
  async pendingKeys(): Promise<string[]> {
    await this.prepare()
    const names = await readdir(this.pendingDir)
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((key) => keyPattern.test(key))
  }

  /** The entry, or undefined when it was delivered (removed) meanwhile. */
  async read(key: string): Promise<OutboxEntry | undefined> {
    try {
      return JSON.parse(await readFile(this.pendingFile(checkedKey(key)), 'utf8')) as OutboxEntry
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  /** Delivered: forget it. */
  async remove(key: string): Promise<void> {
    try {
      await unlink(this.pendingFile(checkedKey(key)))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    await syncDir(this.pendingDir)
  }

  /** Refused by the CMS: kept aside for an operator instead of retried forever. */
  async reject(key: string): Promise<void> {
    await this.prepare()
    try {
      await rename(this.pendingFile(checkedKey(key)), join(this.rejectedDir, `${key}.json`))
    } catch (error) {
      // Another web instance sharing the folder settled it first.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    await syncDir(this.rejectedDir)
    await syncDir(this.pendingDir)
  }

  async rejectedCount(): Promise<number> {
    await this.prepare()
    return (await readdir(this.rejectedDir)).length
  }

  private pendingFile(key: string) {
    return join(this.pendingDir, `${key}.json`)
  }
}

function checkedKey(key: string): string {
  if (!keyPattern.test(key)) throw new Error('ugyldig idempotensnøkkel i utboksen')
  return key
}

/** A rename is durable only once the directory holding it is synced. */
async function syncDir(dir: string) {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
