// Starts the freshly built images the way production does, against a throwaway PostgreSQL: cms
// must migrate an empty database on its own and report healthy; after the seed, web must render a
// seeded page from that cms. Containers run with buildah's chroot isolation, which shares the
// host's network, so everything talks over loopback on free ports.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createInterface } from 'node:readline'

import { run } from './imagesBase.ts'
import { payloadCli } from './payloadCli.ts'
import { freePort } from './ports.ts'
import { startPostgres } from './postgres.ts'

type Container = { output: string[]; stop(): Promise<void> }

// Runs inside the container in place of its CMD (node server.js): starts the server as the image
// would, and stops it when our end of stdin closes, so no server outlives the smoke test.
const keeper = `
  const os = require('node:os')
  const { spawn } = require('node:child_process')
  console.log('smoke: runs as ' + os.userInfo().username + ' (uid ' + process.getuid() + '), node ' + process.version + ', in ' + process.cwd())
  const server = spawn('node', ['server.js'], { stdio: ['ignore', 'inherit', 'inherit'] })
  server.on('exit', (code) => { console.log('smoke: server exited with ' + code); process.exit(1) })
  const stop = () => {
    server.removeAllListeners('exit')
    server.on('exit', () => process.exit(0))
    server.kill('SIGTERM')
    setTimeout(() => { server.kill('SIGKILL'); process.exit(0) }, 10000).unref()
  }
  process.stdin.on('end', stop)
  process.stdin.resume()
`

function startContainer(
  image: string,
  appEnv: Record<string, string>,
  buildahEnv: NodeJS.ProcessEnv,
): Container {
  const container = run('buildah', ['from', '--pull=never', image], { env: buildahEnv })
  const child = spawn(
    'buildah',
    [
      'run',
      '--isolation',
      'chroot',
      ...Object.entries(appEnv).flatMap(([name, value]) => ['--env', `${name}=${value}`]),
      container,
      '--',
      'node',
      '-e',
      keeper,
    ],
    { env: buildahEnv, stdio: ['pipe', 'pipe', 'pipe'] },
  )
  const output: string[] = []
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => output.push(line))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    output,
    async stop() {
      child.stdin.end()
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
      await exited
      clearTimeout(timer)
      spawnSync('buildah', ['rm', container], { stdio: 'ignore', env: buildahEnv })
    },
  }
}

async function waitFor(url: string, status: number, container: Container, timeoutMs: number) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(url).catch(() => undefined)
    if (response?.status === status) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer ${status}:\n${container.output.slice(-30).join('\n')}`)
}

const smokeLine = (container: Container) =>
  container.output.find((line) => line.startsWith('smoke:'))?.slice(7) ?? ''

/** Starts cms (and web, when given) from their images; returns one report line per image. */
export async function smokeStartImages(
  images: { cms: string; web?: string },
  buildahEnv: NodeJS.ProcessEnv,
): Promise<string[]> {
  const report: string[] = []
  const postgres = await startPostgres()
  const containers: Container[] = []
  try {
    await postgres.createDatabase('dk')
    const [cmsPort, webPort] = [await freePort(), await freePort()]
    const secrets = {
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      REVALIDATE_SECRET: randomBytes(32).toString('hex'),
      CMS_API_KEY: randomBytes(24).toString('hex'),
    }
    const cmsUrl = `http://127.0.0.1:${cmsPort}`
    const webUrl = `http://127.0.0.1:${webPort}`
    const databaseUrl = postgres.databaseUrl('dk')

    const cms = startContainer(
      images.cms,
      {
        PORT: String(cmsPort),
        HOSTNAME: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        PAYLOAD_SECRET: secrets.PAYLOAD_SECRET,
        CMS_PUBLIC_URL: cmsUrl,
      },
      buildahEnv,
    )
    containers.push(cms)
    // An empty database: healthy means the image ran every migration by itself.
    const healthyAfter = await waitFor(`${cmsUrl}/api/health`, 200, cms, 180_000)
    const login = await fetch(`${cmsUrl}/admin/login`)
    const submissions = await fetch(`${cmsUrl}/api/form-submissions`)
    report.push(
      `cms: ${smokeLine(cms)}; /api/health 200 after ${(healthyAfter / 1000).toFixed(1)} s ` +
        `(migrations on start), /admin/login ${login.status}, anonymous /api/form-submissions ${submissions.status}`,
    )

    if (images.web) {
      // The seed creates the service user whose API key web uses (from the repository's cms/).
      await payloadCli(
        ['run', 'src/seed/run.ts'],
        { ...process.env, DATABASE_URL: databaseUrl, ...secrets, NODE_ENV: 'production' },
        () => {},
      )
      const web = startContainer(
        images.web,
        {
          PORT: String(webPort),
          HOST: '127.0.0.1',
          CMS_URL: cmsUrl,
          CMS_API_KEY: secrets.CMS_API_KEY,
          REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
          WEB_PUBLIC_URL: webUrl,
        },
        buildahEnv,
      )
      containers.push(web)
      const upAfter = await waitFor(`${webUrl}/healthz`, 200, web, 60_000)
      const page = await fetch(`${webUrl}/bygg-med-oss`)
      const seeded = (await page.text()).includes('Vi trenger folk som bygger.')
      const ready = await fetch(`${webUrl}/readyz`)
      const readiness = (await ready.text()).trim()
      report.push(
        `web: ${smokeLine(web)}; /healthz 200 after ${upAfter} ms, /bygg-med-oss ${page.status} ` +
          `${seeded ? 'with' : 'WITHOUT'} the seeded copy, /readyz ${ready.status} ${readiness}`,
      )
      if (page.status !== 200 || !seeded)
        throw new Error(`web did not render the seeded page:\n${web.output.slice(-30).join('\n')}`)
      // Its outbox must be usable as the image ships (no OUTBOX_DIR given): null means unreadable.
      if ((JSON.parse(readiness) as { outbox: unknown }).outbox === null)
        throw new Error(`web cannot use its outbox folder:\n${web.output.slice(-30).join('\n')}`)
    }
  } finally {
    for (const container of containers.reverse()) await container.stop()
    await postgres.stop()
  }
  return report
}
