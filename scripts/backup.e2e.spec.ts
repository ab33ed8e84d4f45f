// Backup and restore, as the handbook tells operators to run them (scripts/backup.ts and
// scripts/restore.ts): a migrated and seeded database plus media files are backed up, the database
// is dropped and created empty, and the restore brings back every row, sequence and file.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repoRoot } from '@dk/testing/paths'
import { payloadCli } from '@dk/testing/payloadCli'
import { startPostgres } from '@dk/testing/postgres'

import {
  createBackup,
  findPgTools,
  pgEnvironment,
  query,
  tableCounts,
  type Manifest,
} from './lib/backup.ts'
import {
  embeddedMajor,
  pickBackupTestServer,
  startBackupTestServer,
  type BackupTestServer,
} from './lib/backupServers.ts'

/** Runs scripts/<name>.ts with Node like an operator would; resolves with its exit and output. */
function script(name: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'scripts', `${name}.ts`), ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

/** Every table's rows as one digest each, and every sequence's position. */
async function snapshot(databaseUrl: string) {
  const env = pgEnvironment(databaseUrl)
  const counts = await tableCounts(env)
  const digests: Record<string, string> = {}
  for (const table of Object.keys(counts)) {
    const [[digest = ''] = []] = await query(
      `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM ${table} t`,
      env,
    )
    digests[table] = digest
  }
  const sequences = Object.fromEntries(
    await query(
      "SELECT format('%I.%I', schemaname, sequencename), coalesce(last_value, 0) FROM pg_sequences ORDER BY 1",
      env,
    ),
  )
  return { counts, digests, sequences }
}

async function filesIn(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path.slice(dir.length + 1)] = (await readFile(path)).toString('base64')
  }
  return files
}

const pick = pickBackupTestServer()
if (pick.kind === 'none') console.warn(`[backup] round trip skipped: ${pick.reason}`)

describe.skipIf(pick.kind === 'none')('backup and restore round trip', () => {
  let server: BackupTestServer
  let work: string
  let databaseUrl: string
  let env: NodeJS.ProcessEnv
  let source: Awaited<ReturnType<typeof snapshot>>
  let backupDir: string

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'dk-backup-test-'))
    server = await startBackupTestServer()
    await server.createDatabase('dk')
    databaseUrl = server.databaseUrl('dk')
    env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      CMS_API_KEY: randomBytes(24).toString('hex'),
      ADMIN_EMAIL: 'admin@test.invalid',
      ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    }
    delete env.PG_BIN_DIR
    const quiet = () => {}
    await payloadCli(['migrate'], env, quiet)
    await payloadCli(['run', 'src/seed/run.ts'], env, quiet)
    // Personal data too, with characters that must survive the trip.
    await query(
      `INSERT INTO form_submissions (name, email, message)
       VALUES ('Åse Ødegård', 'ase@example.org', E'Linje én\\nLinje to – «sitat»')`,
      pgEnvironment(databaseUrl),
    )
    // An upload folder as the CMS keeps it, binary files in a subfolder included.
    const media = join(work, 'media')
    await mkdir(join(media, 'sizes'), { recursive: true })
    await writeFile(join(media, 'bilde.jpg'), randomBytes(200_000))
    await writeFile(join(media, 'sizes', 'bilde-400x300.jpg'), randomBytes(20_000))
    source = await snapshot(databaseUrl)
  })
  afterAll(async () => {
    await server?.stop()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it(`backs up (PostgreSQL ${pick.kind === 'debian' ? pick.major : embeddedMajor}) into one folder with checksums`, async () => {
    const { code, output } = await script(
      'backup',
      ['--out', join(work, 'backups'), '--media', join(work, 'media')],
      env,
    )
    expect(code, output).toBe(0)
    backupDir = output.trim().split('\n').at(-1)!
    expect(backupDir).toMatch(/datakollektivet-\d{4}-\d{2}-\d{2}T\d{6}Z$/)
    expect((await readdir(backupDir)).sort()).toEqual([
      'SHA256SUMS',
      'database.dump',
      'manifest.json',
      'media.tar',
    ])
    const manifest = JSON.parse(
      await readFile(join(backupDir, 'manifest.json'), 'utf8'),
    ) as Manifest
    expect(manifest.media).toEqual({ file: 'media.tar', files: 2 })
    expect(manifest.database.name).toBe('dk')
    // The checksum file works without Node, for copies checked on another machine.
    if (existsSync('/usr/bin/sha256sum')) {
      const check = spawnSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
        cwd: backupDir,
        encoding: 'utf8',
      })
      expect(check.status, check.stdout + check.stderr).toBe(0)
    }
  })

  it('refuses a damaged backup before touching the database', async () => {
    const damaged = join(work, 'damaged')
    await cp(backupDir, damaged, { recursive: true })
    const dump = await readFile(join(damaged, 'database.dump'))
    dump[dump.length - 10]! ^= 0xff
    await writeFile(join(damaged, 'database.dump'), dump)
    const { code, output } = await script(
      'restore',
      ['--from', damaged, '--media', join(work, 'unused')],
      env,
    )
    expect(code).toBe(1)
    expect(output).toContain('database.dump is damaged')
    expect(await tableCounts(pgEnvironment(databaseUrl))).toEqual(source.counts)
  })

  it('refuses to restore over a database that has tables', async () => {
    const { code, output } = await script(
      'restore',
      ['--from', backupDir, '--media', join(work, 'unused')],
      env,
    )
    expect(code).toBe(1)
    expect(output).toMatch(/already has \d+ tables/)
  })

  it('restores every row, sequence and media file into an empty database', async () => {
    const admin = pgEnvironment(server.serverUrl)
    await query('DROP DATABASE dk WITH (FORCE)', admin)
    await query('CREATE DATABASE dk', admin)
    expect(await tableCounts(pgEnvironment(databaseUrl))).toEqual({})

    const restoredMedia = join(work, 'restored-media')
    const { code, output } = await script(
      'restore',
      ['--from', backupDir, '--media', restoredMedia],
      env,
    )
    expect(code, output).toBe(0)

    const restored = await snapshot(databaseUrl)
    expect(Object.keys(restored.counts).length).toBeGreaterThan(10)
    expect(restored.counts).toEqual(source.counts)
    expect(restored.digests).toEqual(source.digests)
    expect(restored.sequences).toEqual(source.sequences)
    expect(restored.counts['public.form_submissions']).toBe(1)
    expect(await filesIn(restoredMedia)).toEqual(await filesIn(join(work, 'media')))

    // Payload finds every migration applied: nothing left to run on the next start.
    let status = ''
    await payloadCli(['migrate:status'], env, (text) => (status += text))
    const ran = stripVTControlCharacters(status)
      .split('\n')
      .filter((line) => /^│ \d{8}_\d{6}_/.test(line))
    expect(ran.length).toBeGreaterThan(0)
    for (const line of ran) expect(line).toMatch(/│\s*Yes\s*│$/)
  })

  it('does the same through docker/pg-tools, the compose route, with a stand-in for docker', async () => {
    // Plays `docker compose -f … exec -T -e … postgres TOOL ARGS…`: runs TOOL here, with the same
    // environment and pipes, from the tools that match the test server.
    const toolsDir = pick.kind === 'debian' ? pick.bin : dirname(findPgTools('pg_dump')[0]!.path)
    const shim = join(work, 'shim')
    await mkdir(shim)
    await writeFile(
      join(shim, 'docker'),
      `#!/bin/sh\nwhile [ "$1" != postgres ]; do shift; done\nshift\ntool=$1\nshift\nexec "${toolsDir}/$tool" "$@"\n`,
      { mode: 0o755 },
    )
    const viaCompose = { ...env, PATH: `${shim}:${env.PATH}` }
    const pgTools = join(repoRoot, 'docker', 'pg-tools')

    const backup = await script(
      'backup',
      ['--out', join(work, 'compose-backups'), '--media', join(work, 'media'), '--pg-bin', pgTools],
      viaCompose,
    )
    expect(backup.code, backup.output).toBe(0)
    const dir = backup.output.trim().split('\n').at(-1)!

    const admin = pgEnvironment(server.serverUrl)
    await query('DROP DATABASE dk WITH (FORCE)', admin)
    await query('CREATE DATABASE dk', admin)
    const restore = await script(
      'restore',
      ['--from', dir, '--media', join(work, 'compose-media'), '--pg-bin', pgTools],
      viaCompose,
    )
    expect(restore.code, restore.output).toBe(0)
    const restored = await snapshot(databaseUrl)
    expect(restored.digests).toEqual(source.digests)
    expect(restored.sequences).toEqual(source.sequences)
  })
})

describe.runIf(
  findPgTools('pg_dump')[0] === undefined || findPgTools('pg_dump')[0]!.major < embeddedMajor,
)('backup with a pg_dump older than the server', () => {
  it(`refuses PostgreSQL ${embeddedMajor} with a message saying what to install, and leaves nothing`, async () => {
    const pg = await startPostgres()
    const out = await mkdtemp(join(tmpdir(), 'dk-backup-old-'))
    try {
      await pg.createDatabase('dk')
      await expect(
        createBackup({ databaseUrl: pg.databaseUrl('dk'), outDir: out, log: () => {} }),
      ).rejects.toThrow(`pg_dump ${embeddedMajor} or newer is needed`)
      expect(await readdir(out)).toEqual([])
    } finally {
      await pg.stop()
      await rm(out, { recursive: true, force: true })
    }
  })
})
