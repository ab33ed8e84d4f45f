// `npm run dev`: PostgreSQL (embedded unless DATABASE_URL is set), migrations and seed, then the
// CMS and the web app in dev mode with prefixed logs. Ctrl-C stops everything it started.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { devSecrets } from './lib/devSecrets.ts'
import { payloadCli } from './lib/payloadCli.ts'
import { cmsDir, dataDir, repoRoot, webDir } from './lib/paths.ts'
import { startPostgres, type RunningPostgres } from './lib/postgres.ts'
import { startService, waitForHttp, type Service } from './lib/processes.ts'

if (existsSync(join(repoRoot, '.env'))) process.loadEnvFile(join(repoRoot, '.env'))

const cmsPort = Number(process.env.CMS_PORT ?? 3001)
const webPort = Number(process.env.WEB_PORT ?? 3000)
const cmsUrl = `http://127.0.0.1:${cmsPort}`
const webUrl = `http://127.0.0.1:${webPort}`
const say = (message: string) => process.stdout.write(`[dev] ${message}\n`)

let postgres: RunningPostgres | undefined
const services: Service[] = []
let shuttingDown: Promise<never> | undefined

// Ctrl-C reaches both us and the toolchain wrapper, which forwards it again: stop once.
function shutdown(code: number): Promise<never> {
  shuttingDown ??= (async () => {
    say('stopper…')
    await Promise.all(services.map((service) => service.stop()))
    await postgres?.stop()
    process.exit(code)
  })()
  return shuttingDown
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(0))
}

try {
  const secrets = devSecrets()
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    const port = Number(process.env.DEV_POSTGRES_PORT ?? 54329)
    say(`starter innebygd PostgreSQL på port ${port} (data i ${join(dataDir, 'postgres')})`)
    postgres = await startPostgres({ dataDir: join(dataDir, 'postgres'), port })
    await postgres.createDatabase('datakollektivet')
    databaseUrl = postgres.databaseUrl('datakollektivet')
  }

  const env: NodeJS.ProcessEnv = {
    ...secrets,
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    CMS_URL: process.env.CMS_URL ?? cmsUrl,
    CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL ?? cmsUrl,
    WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL ?? webUrl,
  }
  const prefixed = (name: string) => (text: string) => {
    for (const line of text.trimEnd().split('\n')) process.stdout.write(`[${name}] ${line}\n`)
  }

  await payloadCli(['migrate'], env, prefixed('migrate'))
  await payloadCli(['run', 'src/seed/run.ts'], env, prefixed('seed'))

  services.push(
    startService({
      name: 'cms',
      command: 'pnpm',
      args: ['exec', 'next', 'dev', '--hostname', '127.0.0.1', '--port', String(cmsPort)],
      cwd: cmsDir,
      env,
    }),
    startService({
      name: 'web',
      command: 'pnpm',
      args: [
        'exec',
        'vite',
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(webPort),
        '--strictPort',
      ],
      cwd: webDir,
      env,
    }),
  )
  for (const service of services) {
    void service.exited.then((code) => {
      if (shuttingDown) return
      say(`${service.name} stoppet uventet (kode ${code})`)
      void shutdown(1)
    })
  }

  await Promise.all([
    waitForHttp(`${cmsUrl}/admin/login`, 300_000, services[0]),
    waitForHttp(webUrl, 120_000, services[1]),
  ])
  say('klar')
  say(`  nettsiden:  ${webUrl}`)
  say(`  admin:      ${cmsUrl}/admin`)
  say(`  logg inn som ${env.ADMIN_EMAIL} med passordet ${env.ADMIN_PASSWORD}`)
  say(
    `  (utviklingspassordet ligger i ${join(dataDir, 'dev-secrets.json')}; sett ADMIN_EMAIL/ADMIN_PASSWORD i .env for å velge selv)`,
  )
  say('Ctrl-C stopper alt.')
} catch (error) {
  say(`feil: ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
}
