// The whole site as production runs it (the built cms and web servers) on loopback, with a
// throwaway PostgreSQL unless DATABASE_URL is given. Used by browser tests and the benchmark.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ensureBuilt } from './build.ts'
import { startMailbox, type Mailbox } from './mailbox.ts'
import { payloadCli } from './payloadCli.ts'
import { cmsDir, webDir } from './paths.ts'
import { freePort } from './ports.ts'
import { startPostgres, type RunningPostgres } from './postgres.ts'
import { startService, waitForHttp, type Service } from './processes.ts'
import { webNodeFlags } from './webNodeFlags.ts'

/** One server process of the stack, on its own port. */
export type Replica = {
  url: string
  readonly service: Service
  /** Starts it (again) on the same port, and waits until it answers. */
  start(): Promise<void>
  /** From its last spawn to its first 200 on its health check. */
  startedInMs?: number
  /** `kill -9`: no shutdown, no goodbye; resolves once it is gone. */
  kill(): Promise<void>
  /** A normal shutdown (SIGTERM). */
  stop(): Promise<void>
}

export type Stack = {
  /** The first web replica's address (most tests need only one). */
  webUrl: string
  /** The first cms replica's address. */
  cmsUrl: string
  /** Every web replica; they share the outbox and the snapshot folder, as in compose. */
  webReplicas: Replica[]
  /** Every cms replica, all on the one database. */
  cmsReplicas: Replica[]
  /** One more web replica on a free port, started and answering. */
  addWeb(): Promise<Replica>
  admin: { email: string; password: string }
  /** Every mail the CMS sends lands here, never outside the machine. */
  mailbox: Mailbox
  /** Environment shared by both servers and the Payload CLI. */
  env: NodeJS.ProcessEnv
  /** Where web saves the last good content (SNAPSHOT_DIR), its own per stack. */
  snapshotDir: string
  cms: Service
  web: Service
  /** From starting each server until its first answer 200 (cms: /api/health; web: /healthz). */
  startup: { cmsMs: number; webMs: number }
  /** Starts the CMS again after a test stopped it (same port, same database). */
  restartCms(): Promise<void>
  stop(): Promise<void>
}

type Options = {
  log?: (line: string) => void
  quiet?: boolean
  /** Extra environment for both servers, e.g. the proxy headers web should trust. */
  env?: Record<string, string | undefined>
  /** A database to use instead of DATABASE_URL or a throwaway one (it is not stopped). */
  databaseUrl?: string
  /**
   * A throwaway database even when DATABASE_URL is set: the browser tests' stack, which runs beside
   * the integration tests, whose set-up sets DATABASE_URL (and the chat webhook) for its own workers.
   */
  ownDatabase?: boolean
  /** Every output line of the servers, whether or not `quiet`. */
  onServiceLine?: (service: 'cms' | 'web', line: string) => void
  /** How many replicas of each (default one each), on these ports if given. */
  replicas?: { web?: number; cms?: number }
  ports?: { web?: number[]; cms?: number[] }
  /** Extra environment for web alone, e.g. a CMS_URL that reaches every cms replica. */
  webEnv?: Record<string, string | undefined>
}

export async function startStack(options: Options = {}): Promise<Stack> {
  const started: (() => Promise<void>)[] = []
  try {
    return await launch(options, started)
  } catch (error) {
    // Nothing outlives a failed start: stop what did start, newest first.
    for (const stop of started.reverse()) await stop().catch(() => {})
    throw error
  }
}

async function launch(
  {
    log = console.log,
    quiet = true,
    env: extraEnv = {},
    databaseUrl: given,
    ownDatabase = false,
    onServiceLine,
    replicas = {},
    ports = {},
    webEnv = {},
  }: Options,
  started: (() => Promise<void>)[],
): Promise<Stack> {
  ensureBuilt('cms', log)
  ensureBuilt('web', log)

  let postgres: RunningPostgres | undefined
  let databaseUrl = given ?? (ownDatabase ? undefined : process.env.DATABASE_URL)
  if (!databaseUrl) {
    postgres = await startPostgres()
    started.push(() => postgres!.stop())
    await postgres.createDatabase('dk')
    databaseUrl = postgres.databaseUrl('dk')
  }

  const mailbox = await startMailbox()
  started.push(() => mailbox.stop())
  // Each stack its own sign-up outbox, so nothing from an earlier run is delivered to this CMS.
  const outboxDir = await mkdtemp(join(tmpdir(), 'dk-outbox-'))
  // And its own content snapshot, so no page from an earlier run is ever served.
  const snapshotDir = await mkdtemp(join(tmpdir(), 'dk-snapshot-'))
  // And its own uploads, as an absolute path: the seed (run from cms/) and the built server (which
  // resolves a relative MEDIA_DIR against its own folder in .next/standalone) must share them.
  const mediaDir = await mkdtemp(join(tmpdir(), 'dk-media-'))
  const portsFor = async (given: number[] | undefined, count: number) =>
    given ?? Promise.all(Array.from({ length: count }, () => freePort()))
  const cmsPorts = await portsFor(ports.cms, replicas.cms ?? 1)
  const webPorts = await portsFor(ports.web, replicas.web ?? 1)
  const cmsUrl = `http://127.0.0.1:${cmsPorts[0]}`
  const webUrl = `http://127.0.0.1:${webPorts[0]}`
  const admin = { email: 'admin@test.invalid', password: randomBytes(16).toString('hex') }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    CMS_API_KEY: randomBytes(24).toString('hex'),
    REVALIDATE_SECRET: randomBytes(32).toString('hex'),
    CMS_URL: cmsUrl,
    CMS_PUBLIC_URL: cmsUrl,
    WEB_PUBLIC_URL: webUrl,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SMTP_URL: mailbox.smtpUrl,
    OUTBOX_DIR: outboxDir,
    SNAPSHOT_DIR: snapshotDir,
    MEDIA_DIR: mediaDir,
    // Test knob: while the CMS is stopped in a test, web retries every 0.2–1 s instead of backing
    // off to minutes, so the submission arrives soon after the CMS is back.
    OUTBOX_RETRY_MIN_MS: '200',
    OUTBOX_RETRY_MAX_MS: '1000',
    // Test knob: every browser test posts from 127.0.0.1, so the per-address limit (5 in ten
    // minutes) would refuse the later ones; the limiter itself is unit-tested (rateLimit.spec.ts).
    FORM_RATE_LIMIT: '100',
    // The CMS works its job queues like production (newsletter mails, notices), whatever this
    // process inherited: the int tests' global set-up turns them off for its in-process Payload.
    JOBS_AUTORUN: 'true',
    // Chat notices only where a caller names a receiver (not the int tests' one it may inherit).
    MATRIX_WEBHOOK_URL: undefined,
    ...extraEnv,
  }
  const quietLog = quiet ? () => {} : undefined
  const serviceLog = (service: 'cms' | 'web') =>
    onServiceLine
      ? (line: string) => {
          onServiceLine(service, line)
          if (!quiet) process.stdout.write(`[${service}] ${line}\n`)
        }
      : quietLog

  await payloadCli(['migrate'], env, quietLog ?? ((line) => log(line.trimEnd())))
  await payloadCli(['run', 'src/seed/run.ts'], env, quietLog ?? ((line) => log(line.trimEnd())))

  const replica = (
    name: 'cms' | 'web',
    port: number,
    launchOne: (port: number) => Service,
    healthPath: string,
    readyPath: string,
  ): Replica => {
    const url = `http://127.0.0.1:${port}`
    let service: Service | undefined
    const timeoutMs = name === 'cms' ? 120_000 : 60_000
    // Polled often, so the start-up times the bench reports are within 50 ms.
    const firstOk = () =>
      waitForHttp(`${url}${healthPath}`, timeoutMs, service, { only200: true, intervalMs: 50 })
    const ready = () => waitForHttp(`${url}${readyPath}`, timeoutMs, service)
    const self: Replica = {
      url,
      get service() {
        if (!service) throw new Error(`${name} at ${url} was never started`)
        return service
      },
      async start() {
        await service?.stop()
        const spawned = performance.now()
        service = launchOne(port)
        started.push(() => service!.stop())
        await firstOk()
        self.startedInMs = performance.now() - spawned
        await ready()
      },
      async kill() {
        await service?.kill()
      },
      async stop() {
        await service?.stop()
      },
    }
    return self
  }
  const launchCms = (port: number) =>
    startService({
      name: 'cms',
      command: process.execPath,
      args: [join(cmsDir, '.next', 'standalone', 'cms', 'server.js')],
      cwd: cmsDir,
      env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
      onLine: serviceLog('cms'),
    })
  const launchWeb = (port: number) =>
    startService({
      name: 'web',
      command: process.execPath,
      args: [...webNodeFlags, join(webDir, 'server.js')],
      cwd: webDir,
      env: { ...env, ...webEnv, PORT: String(port), HOST: '127.0.0.1' },
      onLine: serviceLog('web'),
    })
  const cmsReplicas = cmsPorts.map((port) =>
    replica('cms', port, launchCms, '/api/health', '/api/users/me'),
  )
  const webReplicas = webPorts.map((port) => replica('web', port, launchWeb, '/healthz', ''))
  // The CMS first: a web with nothing to serve yet answers 500 until it can fetch its pages.
  await Promise.all(cmsReplicas.map((one) => one.start()))
  await Promise.all(webReplicas.map((one) => one.start()))

  const stack: Stack = {
    webUrl,
    cmsUrl,
    webReplicas,
    cmsReplicas,
    async addWeb() {
      const web = replica('web', await freePort(), launchWeb, '/healthz', '')
      webReplicas.push(web)
      await web.start()
      return web
    },
    admin,
    mailbox,
    env,
    snapshotDir,
    startup: { cmsMs: cmsReplicas[0]!.startedInMs ?? 0, webMs: webReplicas[0]!.startedInMs ?? 0 },
    get cms() {
      return cmsReplicas[0]!.service
    },
    get web() {
      return webReplicas[0]!.service
    },
    async restartCms() {
      await cmsReplicas[0]!.start()
    },
    async stop() {
      await Promise.all([...webReplicas, ...cmsReplicas].map((one) => one.stop()))
      await postgres?.stop()
      await mailbox.stop()
      await rm(outboxDir, { recursive: true, force: true })
      await rm(snapshotDir, { recursive: true, force: true })
      await rm(mediaDir, { recursive: true, force: true })
    },
  }
  return stack
}
