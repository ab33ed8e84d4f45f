// A durable queue of submissions on disk: one JSON file per submission, named by its idempotency
// key. A file is either complete or absent: it is written under tmp/, fsynced, renamed into
// pending/ and the directory fsynced, so a crash or power cut never leaves half an entry behind.
// A write that fails (a full disk) removes its temporary file at once; what a crash left in tmp/
// is swept once it is older than any write takes, so replicas sharing the folder keep theirs.
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { mkdir, readdir, readFile, stat, unlink, utimes } from 'node:fs/promises'
import { join } from 'node:path'

import { idempotencyKeySchema, type SubmissionRequest } from '@dk/shared'

import { syncDir } from '../../syncDir.ts'

export type OutboxEntry = {
  submission: SubmissionRequest
  /** When the visitor's submission was accepted (ISO time). */
  acceptedAt: string
}

// Keys are the contract's UUIDs; anything else never becomes a file name.
const isKey = (key: string) => idempotencyKeySchema.safeParse(key).success

/** A temporary file older than this is a crashed write, not one under way (they take ms). */
export const staleTmpMs = 10 * 60_000

/** The file operations of a write; a test passes ones that fail like a full disk. */
export type OutboxFiles = Pick<typeof fs, 'open' | 'rename'>

export class OutboxStore {
  readonly pendingDir: string
  readonly rejectedDir: string
  private readonly tmpDir: string
  private ready: Promise<void> | undefined

  constructor(
    readonly dir: string,
    private readonly files: OutboxFiles = fs,
  ) {
    this.pendingDir = join(dir, 'pending')
    this.rejectedDir = join(dir, 'rejected')
    this.tmpDir = join(dir, 'tmp')
  }

  /** Creates the folders and drops crashed writes: those visitors were never told "takk". */
  private prepare(): Promise<void> {
    this.ready ??= (async () => {
      // Personal data: only web's own user may list or read it.
      for (const dir of [this.pendingDir, this.rejectedDir, this.tmpDir])
        await mkdir(dir, { recursive: true, mode: 0o700 })
      await this.sweepTmp()
    })()
    return this.ready
  }

  /** Removes temporary files older than `staleTmpMs`; returns how many. */
  async sweepTmp(now = Date.now()): Promise<number> {
    return removeOlderThan(this.tmpDir, now - staleTmpMs)
  }

  /** Removes refused entries set aside before `before` (retention); returns how many. */
  async sweepRejected(before: number): Promise<number> {
    await this.prepare()
    return removeOlderThan(this.rejectedDir, before)
  }

  /** Resolves once the entry is on disk for good. */
  async put(entry: OutboxEntry): Promise<void> {
    const key = checkedKey(entry.submission.idempotencyKey)
    await this.prepare()
    const tmpFile = join(this.tmpDir, `${key}.${randomBytes(4).toString('hex')}`)
    try {
      const file = await this.files.open(tmpFile, 'wx', 0o600)
      try {
        await file.writeFile(JSON.stringify(entry))
        await file.sync()
      } finally {
        await file.close()
      }
      await this.files.rename(tmpFile, this.pendingFile(key))
    } catch (error) {
      // A full disk fails each write: leaving each one's file behind would only fill it further.
      await unlink(tmpFile).catch(() => {})
      throw error
    }
    await syncDir(this.pendingDir)
  }

  /** Keys of the entries waiting for delivery. */
  async pendingKeys(): Promise<string[]> {
    await this.prepare()
    const names = await readdir(this.pendingDir)
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter(isKey)
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

  /**
   * Refused by the CMS: kept aside for an operator instead of retried forever, for a limited time
   * (sweepRejected), counted from now.
   */
  async reject(key: string, now = new Date()): Promise<void> {
    await this.prepare()
    const rejectedFile = join(this.rejectedDir, `${checkedKey(key)}.json`)
    try {
      await this.files.rename(this.pendingFile(key), rejectedFile)
    } catch (error) {
      // Another web instance sharing the folder settled it first.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    await utimes(rejectedFile, now, now)
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
  if (!isKey(key)) throw new Error('ugyldig idempotensnøkkel i utboksen')
  return key
}

/** Removes the files in `dir` last modified before `before` (ms); returns how many. */
async function removeOlderThan(dir: string, before: number): Promise<number> {
  let removed = 0
  for (const name of await readdir(dir)) {
    const file = join(dir, name)
    try {
      if ((await stat(file)).mtimeMs >= before) continue
      await unlink(file)
      removed += 1
    } catch (error) {
      // Settled meanwhile by another web instance sharing the folder.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return removed
}
