// The last good content on disk, so a web process started while the CMS is unreachable still
// serves the site. The file holds the CMS's answers as they arrived (raw JSON, every one of which
// passed the shared schemas): loading parses them again with those schemas, exactly like a fresh
// answer, because the parsed form is not the CMS's form (link lists are flattened, for one).
// The file is complete or absent: written to a temporary file, fsynced, renamed over the old one
// and the directory fsynced. Replicas sharing the directory each write whole files; the last wins.
// A file that is damaged, from another version or fails the schemas is ignored, never served.
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'

import {
  pageListSchema,
  pageViewSchema,
  siteSettingsAnswerSchema,
  type PageView,
  type SiteSettings,
} from '@dk/shared'
import { z } from 'zod'

import { syncDir } from '../syncDir.ts'

/** Bumped whenever the file's form changes: an older or newer file is ignored. */
export const snapshotVersion = 1
export const snapshotFile = 'content.json'
/** A temporary file older than this is a crashed write, not one under way (they take ms). */
const staleTmpMs = 10 * 60_000
const tmpPattern = /^content\.json\.[0-9a-f]+\.tmp$/

/**
 * The CMS's raw answers: page views by slug, the page list (sitemap) and the site settings, each
 * when known.
 */
export type SnapshotContent = { views: Record<string, unknown>; pages: unknown; settings?: unknown }

export type Snapshot = {
  savedAt: string
  /** Page views by slug, parsed with the shared schema, each with the raw answer it came from. */
  views: Map<string, { view: PageView; raw: unknown }>
  pages: { docs: z.infer<typeof pageListSchema>['docs']; raw: unknown } | undefined
  settings: { settings: SiteSettings; raw: unknown } | undefined
}

const fileSchema = z.object({
  version: z.literal(snapshotVersion),
  savedAt: z.string(),
  views: z.record(z.string(), z.unknown()),
  pages: z.unknown(),
  // Absent from files written before web read the settings on their own: a view's serve then.
  settings: z.unknown().optional(),
})

/** The file operations of a write; a test passes ones that fail like a full disk. */
export type SnapshotFiles = Pick<typeof fs, 'open' | 'rename'>

/** Writes `content` as the snapshot in `dir`, replacing the previous one in one step. */
export async function writeSnapshot(
  dir: string,
  content: SnapshotContent,
  savedAt = new Date(),
  files: SnapshotFiles = fs,
): Promise<void> {
  await mkdir(dir, { recursive: true })
  const target = join(dir, snapshotFile)
  const tmpFile = `${target}.${randomBytes(4).toString('hex')}.tmp`
  const body = JSON.stringify({
    version: snapshotVersion,
    savedAt: savedAt.toISOString(),
    ...content,
  })
  try {
    const file = await files.open(tmpFile, 'wx', 0o600)
    try {
      await file.writeFile(body)
      await file.sync()
    } finally {
      await file.close()
    }
    await files.rename(tmpFile, target)
  } catch (error) {
    await unlink(tmpFile).catch(() => {})
    throw error
  }
  await syncDir(dir)
}

/**
 * The snapshot in `dir`, or undefined when there is none or it cannot be served: then `onIgnored`
 * gets the one reason (a missing file is no reason: a first start has none).
 */
export async function readSnapshot(
  dir: string,
  onIgnored: (reason: string) => void,
): Promise<Snapshot | undefined> {
  await sweepCrashedWrites(dir)
  let text: string
  try {
    text = await readFile(join(dir, snapshotFile), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    onIgnored(`kunne ikke lese filen (${(error as NodeJS.ErrnoException).code ?? 'ukjent feil'})`)
    return undefined
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    onIgnored('filen er ikke gyldig JSON')
    return undefined
  }
  const file = fileSchema.safeParse(json)
  if (!file.success) {
    const version = (json as { version?: unknown } | null)?.version
    onIgnored(
      version === snapshotVersion
        ? 'filen har feil form'
        : `versjon ${String(version)}, forventet ${snapshotVersion}`,
    )
    return undefined
  }
  // Sections the schema skips are skipped as in a live answer; anything else invalid rejects all.
  const viewSchema = pageViewSchema()
  const views: Snapshot['views'] = new Map()
  for (const [slug, raw] of Object.entries(file.data.views)) {
    const parsed = viewSchema.safeParse(raw)
    if (!parsed.success || !parsed.data.page) {
      onIgnored(`siden «${slug}» passer ikke skjemaet`)
      return undefined
    }
    views.set(slug, { view: parsed.data, raw })
  }
  let pages: Snapshot['pages']
  if (file.data.pages !== undefined && file.data.pages !== null) {
    const parsed = pageListSchema.safeParse(file.data.pages)
    if (!parsed.success) {
      onIgnored('sidelisten passer ikke skjemaet')
      return undefined
    }
    pages = { docs: parsed.data.docs, raw: file.data.pages }
  }
  const rawSettings =
    file.data.settings ??
    Object.values(file.data.views).map((view) => (view as { settings?: unknown }).settings)[0]
  let settings: Snapshot['settings']
  if (rawSettings !== undefined && rawSettings !== null) {
    const parsed = siteSettingsAnswerSchema.safeParse(rawSettings)
    if (!parsed.success) {
      onIgnored('innstillingene passer ikke skjemaet')
      return undefined
    }
    settings = { settings: parsed.data, raw: rawSettings }
  }
  return { savedAt: file.data.savedAt, views, pages, settings }
}

/**
 * Coalesces "content changed" into one write at most every `delayMs`: a burst of fresh answers
 * (a refresh of every page) becomes one file, and a write never overlaps the next.
 */
export class SnapshotWriter {
  #timer: NodeJS.Timeout | undefined
  #writing: Promise<void> | undefined
  #again = false

  constructor(
    private readonly write: () => Promise<void>,
    private readonly delayMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(): void {
    if (this.#writing) {
      this.#again = true
      return
    }
    if (this.#timer) return
    this.#timer = setTimeout(() => void this.flush(), this.delayMs)
    this.#timer.unref()
  }

  /** Writes now (pending changes included); resolves when the file is on disk or failed. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#writing) {
      this.#again = true
      return this.#writing
    }
    this.#writing = this.write()
      .catch(this.onError)
      .finally(() => {
        this.#writing = undefined
        if (this.#again) {
          this.#again = false
          this.schedule()
        }
      })
    return this.#writing
  }
}

/** Drops temporary files a crash left behind; a write under way (another replica's) is young. */
async function sweepCrashedWrites(dir: string) {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  for (const name of names.filter((name) => tmpPattern.test(name))) {
    const file = join(dir, name)
    try {
      if ((await stat(file)).mtimeMs < Date.now() - staleTmpMs) await unlink(file)
    } catch {
      // Renamed or removed meanwhile by the replica that wrote it.
    }
  }
}
