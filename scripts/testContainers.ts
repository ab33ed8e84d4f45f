// `npm run test:containers`: the operators' journey in real containers, with the shipped files.
// Builds the images from docker/*.Dockerfile (buildah, layer cache kept between runs), assembles
// local stand-ins for the base images where they cannot be pulled (scripts/lib/containerBases.ts),
// brings up docker/compose.yaml as it is, byte for byte, with docker-compose against podman's
// Docker-compatible socket, and then, only through Caddy's published port:
//   1. public routes, admin login, a sign-up, security headers
//   2. cms killed (SIGKILL) under a sign-up load: pages stay up, nothing thanked is lost or doubled
//   3. down and up: content, users, media and submissions kept (named volumes)
//   4. upgrade to a cms image with one more migration, two cms containers at once
//   5. the backup service's backup, restored into an empty database by the documented steps
//   6. no secrets in web's environment, app containers not root, health checks healthy
// Everything it starts belongs to one compose project and is removed at the end, also on failure;
// the images stay (they are the build cache). Needs root, podman, buildah, docker-compose,
// debootstrap and caddy (.ci/run installs them).
import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { cmsLogin } from '@dk/testing/cmsLogin'
import { repoRoot } from '@dk/testing/paths'
import { freePort } from '@dk/testing/ports'

import { baseImagesOf, ensureBaseImages } from './lib/containerBases.ts'
import { formStartedAt } from './lib/formStart.ts'
import { buildahBudArgs } from './lib/imagesBase.ts'
import { pageRoute } from './lib/pageRoute.ts'
import {
  compose as composeProject,
  exec,
  execOk,
  startPodmanService,
  writeContainersConf,
  type Compose,
  type PodmanService,
} from './lib/podmanCompose.ts'

const started = Date.now()
const tag = 'containers-test'
const upgradeTag = `${tag}-upgrade`
const composeFile = join(repoRoot, 'docker', 'compose.yaml')
const probeMigration = '29991231_000000_upgrade_probe'
// The whole run is bounded: a hung step fails the run and still cleans up.
const overallTimeoutMs = 45 * 60_000

const log = (message: string) =>
  console.log(`[containers ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`)

function fail(message: string): never {
  throw new Error(message)
}
function check(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message)
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs: number,
  intervalMs = 1000,
): Promise<T> {
  const until = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < until) {
    try {
      const value = await probe()
      if (value !== undefined && value !== false) return value
    } catch (error) {
      last = error
    }
    await sleep(intervalMs)
  }
  fail(
    `timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? `: ${String(last)}` : ''}`,
  )
}

// ---------------------------------------------------------------------------------------------
// Preflight
const missing = ['podman', 'buildah', 'docker-compose', 'debootstrap', 'caddy'].filter(
  (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0,
)
if (missing.length > 0) {
  console.error(
    `[containers] missing: ${missing.join(', ')} (apt-get install -y podman buildah runc uidmap ` +
      'fuse-overlayfs slirp4netns netavark aardvark-dns containernetworking-plugins docker-compose debootstrap caddy)',
  )
  process.exit(1)
}
if (process.getuid?.() !== 0) {
  console.error('[containers] needs root (rootful podman and buildah)')
  process.exit(1)
}

const work = await mkdtemp(join(tmpdir(), 'dk-containers-'))
const containersConf = join(work, 'containers.conf')
await writeContainersConf(containersConf)
const podmanEnv: NodeJS.ProcessEnv = { ...process.env, CONTAINERS_CONF: containersConf }
const project = `dkct${randomBytes(3).toString('hex')}`

const shippedCompose = readFileSync(composeFile)
const composeSha = createHash('sha256').update(shippedCompose).digest('hex')
// CI runs a fresh clone: the file the test runs is then the committed one.
const composeCommitted =
  spawnSync('git', ['diff', '--quiet', 'HEAD', '--', 'docker/compose.yaml'], { cwd: repoRoot })
    .status === 0
const revision =
  spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim() ||
  'unknown'

type StepResult = { step: string; ok: boolean; seconds: number; detail: string }
const results: StepResult[] = []
let service: PodmanService | undefined
let project$: Compose | undefined
let stopTicker: (() => Promise<void>) | undefined
let cleaningUp: Promise<void> | undefined

async function cleanUp() {
  cleaningUp ??= (async () => {
    log('cleaning up: containers, networks and volumes of the project, the podman service')
    await stopTicker?.().catch(() => {})
    await project$?.destroy().catch((error: unknown) => console.error(error))
    await service?.stop().catch((error: unknown) => console.error(error))
    await rm(work, { recursive: true, force: true }).catch(() => {})
  })()
  await cleaningUp
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping`)
    void cleanUp().then(() => process.exit(130))
  })
}
const watchdog = setTimeout(() => {
  log(`the run took longer than ${overallTimeoutMs / 60_000} minutes: stopping`)
  void cleanUp().then(() => process.exit(1))
}, overallTimeoutMs)
watchdog.unref()

// ---------------------------------------------------------------------------------------------
// Images

/** A machine behind a TLS-inspecting proxy: its CA for npm in RUN steps, never in a layer. */
async function buildVolumes(): Promise<string[]> {
  const hostCa = process.env.NODE_EXTRA_CA_CERTS
  if (!hostCa) return []
  const home = join(work, 'build-root')
  await mkdir(home, { mode: 0o700 })
  await copyFile(hostCa, join(home, 'build-ca.crt'))
  await writeFile(join(home, '.npmrc'), 'cafile=/root/build-ca.crt\n')
  return ['--volume', `${home}:/root`]
}

async function build(
  dockerfile: string,
  image: string,
  context: string,
  volumes: string[],
  target?: string,
) {
  const t0 = Date.now()
  await execOk(
    'buildah',
    buildahBudArgs({
      dockerfile: join(context, 'docker', dockerfile),
      tag: image,
      context,
      extra: [
        ...volumes,
        '--build-arg',
        `SOURCE_URL=${sourceUrl()}`,
        '--build-arg',
        `REVISION=${revision}`,
        // buildah 1.28 reuses a cached LABEL layer even when the ARG in it changed (Docker does not);
        // the same labels given here are set on every build.
        '--label',
        `org.opencontainers.image.source=${sourceUrl()}`,
        '--label',
        `org.opencontainers.image.revision=${revision}`,
        ...(target ? ['--target', target] : []),
      ],
    }),
    { env: podmanEnv, cwd: context },
  )
  log(`built ${image} in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}

function sourceUrl(): string {
  const url = spawnSync('git', ['remote', 'get-url', 'origin'], {
    cwd: repoRoot,
    encoding: 'utf8',
  }).stdout.trim()
  return url.startsWith('https://') ? url : 'unknown'
}

const imageName = (app: string, imageTag: string) => `docker.io/datakollektivet/${app}:${imageTag}`

async function buildImages() {
  const bases = baseImagesOf({
    compose: shippedCompose.toString(),
    dockerfile: await readFile(join(repoRoot, 'docker', 'cms.Dockerfile'), 'utf8'),
  })
  for (const file of ['web.Dockerfile']) {
    const text = await readFile(join(repoRoot, 'docker', file), 'utf8')
    check(text.includes(`ARG NODE_IMAGE=${bases.node}\n`), `${file} names another Node image`)
  }
  const backupFile = await readFile(join(repoRoot, 'docker', 'backup.Dockerfile'), 'utf8')
  check(
    backupFile.includes(`ARG POSTGRES_IMAGE=${bases.postgres}\n`),
    'backup.Dockerfile names another postgres image than compose.yaml',
  )
  const assembled = await ensureBaseImages(bases, podmanEnv)
  log(
    `base images ${Object.values(bases).join(', ')}: ${assembled.length > 0 ? `assembled ${assembled.join(', ')}` : 'stand-ins already here'}`,
  )
  const volumes = await buildVolumes()
  await build('cms.Dockerfile', imageName('cms', tag), repoRoot, volumes)
  await build('cms.Dockerfile', imageName('cms-build', tag), repoRoot, volumes, 'build')
  await build('web.Dockerfile', imageName('web', tag), repoRoot, volumes)
  await build('backup.Dockerfile', imageName('backup', tag), repoRoot, volumes)
  return volumes
}

// ---------------------------------------------------------------------------------------------
// The stack

let baseUrl = ''
const secrets = {
  POSTGRES_PASSWORD: randomBytes(18).toString('hex'),
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  REVALIDATE_SECRET: randomBytes(32).toString('hex'),
  CMS_API_KEY: randomBytes(24).toString('hex'),
  RESTIC_PASSWORD: randomBytes(18).toString('hex'),
}
const admin = { email: 'admin@containers.test', password: randomBytes(12).toString('hex') }
const pg = { user: 'datakollektivet', db: 'datakollektivet' }
let imageTagEnv: NodeJS.ProcessEnv = {}

async function writeEnvFile(): Promise<string> {
  const [httpPort, httpsPort] = [await freePort(), await freePort()]
  baseUrl = `http://localhost:${httpPort}`
  const resticDir = join(work, 'restic')
  await mkdir(resticDir)
  const envFile = join(work, 'compose.env')
  const values: Record<string, string> = {
    ...secrets,
    PUBLIC_URL: baseUrl,
    // Caddy forwards only its own host name (docker/Caddyfile); the port is the published one.
    SITE_ADDRESS: 'http://localhost',
    HTTP_PORT: String(httpPort),
    HTTPS_PORT: String(httpsPort),
    IMAGE_TAG: tag,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    BACKUP_LOCAL_DIR: resticDir,
    // One test client is one visitor address for the form's rate limit.
    FORM_RATE_LIMIT: '1000',
    SOURCE_URL: sourceUrl(),
    GIT_REVISION: revision,
  }
  await writeFile(
    envFile,
    Object.entries(values)
      .map(([name, value]) => `${name}=${value}`)
      .join('\n') + '\n',
    { mode: 0o600 },
  )
  return envFile
}

async function psql(query: string): Promise<string> {
  return (
    await project$!.ok([
      'exec',
      '-T',
      '-e',
      `PGPASSWORD=${secrets.POSTGRES_PASSWORD}`,
      'postgres',
      'psql',
      '--username',
      pg.user,
      '--dbname',
      pg.db,
      '--no-align',
      '--tuples-only',
      '--set',
      'ON_ERROR_STOP=1',
      '--command',
      query,
    ])
  ).trim()
}

/** The one running container of a service. */
async function one(service: string) {
  const running = (await project$!.containers(service)).filter((c) => c.state === 'running')
  const [container] = running
  check(container && running.length === 1, `${running.length} running ${service} containers`)
  return container
}

async function waitHealthy(
  services: string[],
  timeoutMs = 300_000,
  count: Record<string, number> = {},
) {
  await waitUntil(
    `${services.join(', ')} healthy`,
    async () => {
      for (const name of services) {
        const containers = (await project$!.containers(name)).filter((c) => c.state === 'running')
        if (containers.length !== (count[name] ?? 1)) return false
        if (containers.some((c) => c.health !== 'healthy')) return false
      }
      return true
    },
    timeoutMs,
    2000,
  )
}

async function up(extra: string[] = []) {
  // compose waits for each dependency's health check before it starts the next service.
  await project$!.ok(['up', '-d', '--no-build', ...extra], imageTagEnv)
  await waitHealthy(['postgres', 'cms', 'web', 'backup'])
  await waitUntil(
    'Caddy answering',
    async () => {
      const response = await fetch(`${baseUrl}/healthz`)
      // The status and server in the timeout's message: whose answer it was.
      if (!response.ok)
        throw new Error(`/healthz ${response.status} from ${response.headers.get('server') ?? '?'}`)
      return true
    },
    60_000,
  )
}

// ---------------------------------------------------------------------------------------------
// What the visitors and editors do, through Caddy

/** A published page and a heading of its seeded content, as the CMS has them. */
type Page = { route: string; heading: string }
let pages: Page[] = []
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

async function publishedPages(): Promise<Page[]> {
  const response = await fetch(
    `${baseUrl}/api/pages?where[_status][equals]=published&depth=0&limit=100`,
  )
  check(response.ok, `/api/pages answered ${response.status}`)
  const { docs } = (await response.json()) as {
    docs: { slug: string; layout?: { heading?: unknown }[] }[]
  }
  return Promise.all(
    docs.map(async ({ slug, layout = [] }) => {
      const heading = layout.map((block) => block.heading).find((h) => typeof h === 'string')
      check(typeof heading === 'string', `page ${slug} has no heading`)
      return { route: await pageRoute(baseUrl, slug), heading }
    }),
  )
}

async function checkPages(): Promise<string> {
  for (const page of pages) {
    const response = await fetch(`${baseUrl}${page.route}`)
    check(response.status === 200, `${page.route} answered ${response.status}`)
    const html = await response.text()
    const minimal = page.heading.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    check(
      [page.heading, minimal, escapeHtml(page.heading)].some((text) => html.includes(text)),
      `${page.route} lacks its heading «${page.heading}»`,
    )
  }
  const signupPage = await (await fetch(`${baseUrl}/bygg-med-oss`)).text()
  check(signupPage.includes('Vi trenger folk som bygger.'), '/bygg-med-oss lacks the seeded copy')
  return `${pages.length} routes 200 with their seeded headings (${pages.map((p) => p.route).join(' ')})`
}

/** The admin's login through Caddy; anything but 200 fails the step. */
const login = (): Promise<string> => cmsLogin(baseUrl, admin)

let signedStart: Promise<string> | undefined
/** A start time web signed into the form, old enough for a person; valid for a day, so one serves. */
const signedStartTime = () => (signedStart ??= formStartedAt(`${baseUrl}/bygg-med-oss`))

/** The sign-up form as a browser with JavaScript posts it; true when the visitor was thanked. */
async function signUp(email: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/bygg-med-oss?/signup`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      'x-sveltekit-action': 'true',
      origin: baseUrl,
    },
    body: new URLSearchParams({
      name: 'Container Test',
      email,
      startedAt: await signedStartTime(),
    }).toString(),
  })
  if (response.status !== 200) return false
  const body = (await response.json()) as { type?: string }
  return body.type === 'success'
}

const storedCount = async (email: string) =>
  Number(await psql(`SELECT count(*) FROM form_submissions WHERE email = '${email}'`))

// A 1×1 PNG: small, and every image library reads it.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
)
let mediaFile = ''
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

async function uploadMedia(token: string) {
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), 'containertest.png')
  form.append('_payload', JSON.stringify({ alt: 'Testbilde fra containertesten' }))
  const response = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  const body = await response.text()
  check(response.status === 201, `media upload answered ${response.status}: ${body.slice(0, 300)}`)
  mediaFile = (JSON.parse(body) as { doc: { filename: string } }).doc.filename
}

let mediaSha = ''
const mediaBytes = async () => {
  const response = await fetch(`${baseUrl}/api/media/file/${encodeURIComponent(mediaFile)}`)
  check(response.status === 200, `/api/media/file/${mediaFile} answered ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}
/** The stored image (the CMS converts uploads) is served, and is the same file as after upload. */
async function mediaMatches(): Promise<boolean> {
  const bytes = await mediaBytes()
  mediaSha ||= sha256(bytes)
  return bytes.length > 0 && sha256(bytes) === mediaSha
}

async function counts(): Promise<Record<string, number>> {
  const tables = ['pages', 'users', 'media', 'form_submissions', 'payload_migrations']
  const out: Record<string, number> = {}
  for (const table of tables) out[table] = Number(await psql(`SELECT count(*) FROM ${table}`))
  return out
}

// ---------------------------------------------------------------------------------------------
// The steps

async function step1(): Promise<string> {
  pages = await publishedPages()
  check(pages.length >= 5, `only ${pages.length} published pages`)
  const routes = await checkPages()

  const loginPage = await fetch(`${baseUrl}/admin/login`)
  check(loginPage.status === 200, `/admin/login answered ${loginPage.status}`)
  const token = await login()
  await uploadMedia(token)
  check(await mediaMatches(), 'the uploaded image is not served')

  const email = `steg1-${randomBytes(4).toString('hex')}@containers.test`
  check(await signUp(email), 'the sign-up was not thanked')
  await waitUntil('the sign-up in PostgreSQL', async () => (await storedCount(email)) === 1, 60_000)
  await sleep(2000)
  check((await storedCount(email)) === 1, 'the sign-up was stored more than once')

  const page = await fetch(`${baseUrl}/bygg-med-oss`)
  const adminPage = await fetch(`${baseUrl}/admin/login`)
  const headers: string[] = []
  for (const [where, response] of [
    ['page', page],
    ['admin', adminPage],
  ] as const) {
    for (const name of ['x-content-type-options', 'x-frame-options', 'referrer-policy']) {
      check(response.headers.get(name), `${where}: no ${name}`)
    }
    check(response.headers.get('server') === null, `${where}: a Server header`)
    headers.push(
      `${where}: nosniff, ${response.headers.get('x-frame-options')}, ${response.headers.get('referrer-policy')}`,
    )
  }
  check(page.headers.get('content-security-policy')?.includes("script-src 'self'"), 'page: no CSP')
  return `${routes}; admin login 200; image uploaded; sign-up thanked and stored once; headers (${headers.join('; ')}; page CSP)`
}

async function step2(): Promise<string> {
  const cms = await one('cms')
  const restartsBefore = await restartCount(cms.id)
  const thanked: string[] = []
  const refused: string[] = []
  const pageStatuses: number[] = []
  let running = true
  let counter = 0
  const worker = async (id: number) => {
    while (running) {
      const page = pages[counter++ % pages.length]!
      pageStatuses.push(
        (await fetch(`${baseUrl}${page.route}`).catch(() => undefined))?.status ?? 0,
      )
      const email = `steg2-${id}-${counter}-${randomBytes(3).toString('hex')}@containers.test`
      if (await signUp(email).catch(() => false)) thanked.push(email)
      else refused.push(email)
      await sleep(250)
    }
  }
  const workers = [1, 2, 3].map(worker)
  await sleep(3000)
  const pid = Number(
    await execOk('podman', ['inspect', '--format', '{{.State.Pid}}', cms.id], { env: podmanEnv }),
  )
  check(pid > 0, 'cms has no process')
  log(`kill -9 ${pid} (cms's server) under load`)
  process.kill(pid, 'SIGKILL')
  // The restart policy brings it back; it is healthy once it answers again.
  await waitUntil(
    'cms restarted by its restart policy',
    async () => (await restartCount(cms.id)) > restartsBefore,
    120_000,
  )
  await waitHealthy(['cms'], 240_000)
  await sleep(5000)
  running = false
  await Promise.all(workers)

  const bad = pageStatuses.filter((status) => status !== 200)
  check(
    bad.length === 0,
    `${bad.length} of ${pageStatuses.length} page loads failed: ${bad.slice(0, 10).join(',')}`,
  )
  check(thanked.length > 0, 'no sign-up was thanked')
  const list = thanked.map((email) => `'${email}'`).join(',')
  await waitUntil(
    'every thanked sign-up in PostgreSQL',
    async () =>
      Number(
        await psql(`SELECT count(DISTINCT email) FROM form_submissions WHERE email IN (${list})`),
      ) === thanked.length,
    180_000,
    2000,
  )
  const doubled = await psql(
    `SELECT count(*) FROM (SELECT email FROM form_submissions WHERE email LIKE 'steg2-%' GROUP BY email HAVING count(*) > 1) d`,
  )
  check(doubled === '0', `${doubled} sign-ups stored more than once`)
  return (
    `cms killed and restarted by its policy (restarts ${restartsBefore} → ${await restartCount(cms.id)}); ` +
    `${pageStatuses.length} page loads all 200; ${thanked.length} sign-ups thanked (${refused.length} not), ` +
    'each stored exactly once'
  )
}

async function restartCount(id: string): Promise<number> {
  return Number(
    await execOk('podman', ['inspect', '--format', '{{.RestartCount}}', id], { env: podmanEnv }),
  )
}

let beforeDown: Record<string, number> = {}
async function step3(): Promise<string> {
  beforeDown = await counts()
  await project$!.ok(['down', '--timeout', '20'], imageTagEnv)
  check((await project$!.containers()).length === 0, 'containers left after down')
  await up()
  const after = await counts()
  check(
    JSON.stringify(after) === JSON.stringify(beforeDown),
    `counts changed: ${JSON.stringify(beforeDown)} → ${JSON.stringify(after)}`,
  )
  const routes = await checkPages()
  await login()
  check(await mediaMatches(), 'the image is gone or changed')
  return `after down/up: ${routes}; admin login; image identical; rows ${JSON.stringify(after)}`
}

/** Waits until every public route answers 200 through Caddy (after containers were replaced). */
const everyPageAnswers = (what: string) =>
  waitUntil(
    what,
    async () => {
      for (const page of pages)
        if ((await fetch(`${baseUrl}${page.route}`)).status !== 200) return false
      return true
    },
    120_000,
    2000,
  )

async function step4(volumes: string[]): Promise<string> {
  // The repository as it is, plus one migration: the only difference of the new cms image.
  const context = join(work, 'upgrade-src')
  const files = execFiles()
  await mkdir(context)
  for (const file of files) {
    await mkdir(join(context, file, '..'), { recursive: true })
    await cp(join(repoRoot, file), join(context, file), { verbatimSymlinks: true })
  }
  const migrations = join(context, 'cms', 'src', 'migrations')
  await writeFile(
    join(migrations, `${probeMigration}.ts`),
    `import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql\`
    CREATE TABLE "upgrade_probe" ("id" serial PRIMARY KEY NOT NULL, "at" timestamptz DEFAULT now());
    INSERT INTO "upgrade_probe" DEFAULT VALUES;
  \`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql\`DROP TABLE "upgrade_probe";\`)
}
`,
  )
  const index = join(migrations, 'index.ts')
  let text = await readFile(index, 'utf8')
  text = text.replace(
    'export const migrations = [',
    `import * as migration_${probeMigration} from './${probeMigration}'\n\nexport const migrations = [`,
  )
  text = text.replace(
    /\n\]\n*$/,
    `\n  {\n    up: migration_${probeMigration}.up,\n    down: migration_${probeMigration}.down,\n    name: '${probeMigration}',\n  },\n]\n`,
  )
  await writeFile(index, text)
  await build('cms.Dockerfile', imageName('cms', upgradeTag), context, volumes)
  // The rest of the release is unchanged: the same images under the new tag.
  for (const app of ['web', 'backup']) {
    await execOk('podman', ['tag', imageName(app, tag), imageName(app, upgradeTag)], {
      env: podmanEnv,
    })
  }

  imageTagEnv = { IMAGE_TAG: upgradeTag }
  // Both new cms containers start at once and race for the migration; web scales out beside them
  // (the shipped files as they are: Caddy finds the replicas by their service names).
  await project$!.ok(
    ['up', '-d', '--no-build', '--scale', 'cms=2', '--scale', 'web=2'],
    imageTagEnv,
  )
  await waitHealthy(['postgres', 'cms', 'web'], 300_000, { cms: 2, web: 2 })
  const cmsContainers = await project$!.containers('cms')
  const images = new Set<string>()
  for (const container of cmsContainers) {
    images.add(
      await execOk('podman', ['inspect', '--format', '{{.ImageName}}', container.id], {
        env: podmanEnv,
      }),
    )
  }
  const recorded = await psql(
    `SELECT count(*) FROM payload_migrations WHERE name = '${probeMigration}'`,
  )
  const probeRows = await psql('SELECT count(*) FROM upgrade_probe')
  check(recorded === '1', `the migration is recorded ${recorded} times`)
  check(probeRows === '1', `the migration ran ${probeRows} times`)
  // Every page through Caddy, with two of each behind it.
  await everyPageAnswers('every page from 2 web and 2 cms containers')
  const scaledRoutes = await checkPages()
  // Back to one of each. With two cms, web's requests to cms once timed out for minutes (1 run in
  // 4, before the jobs queue had one worker; podman's DNS for a replaced container is suspected).
  await project$!.ok(
    ['up', '-d', '--no-build', '--scale', 'cms=1', '--scale', 'web=1'],
    imageTagEnv,
  )
  await waitHealthy(['cms'], 120_000)
  // web was recreated too (new tag) and has no page in memory yet; the first loads wait for a
  // cms that has just started its queued jobs.
  await everyPageAnswers('every page from the new containers')
  const routes = await checkPages()
  return `2 cms containers of ${[...images].join(', ')} and 2 web healthy together; migration recorded once, ran once; with 2 of each: ${scaledRoutes}; back to one of each: ${routes}`
}

function execFiles(): string[] {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  ).stdout
  return listed
    .split('\0')
    .filter(Boolean)
    .filter((file) => {
      try {
        readFileSync(join(repoRoot, file))
        return true
      } catch {
        return false // deleted in the work tree
      }
    })
}

async function step5(): Promise<string> {
  await project$!.ok(['exec', '-T', 'backup', 'dk-backup', 'now'], imageTagEnv)
  const status = await project$!.ok(['exec', '-T', 'backup', 'dk-backup', 'status'], imageTagEnv)
  check(status.includes('result=ok'), `backup status: ${status}`)
  const backup = await one('backup')
  const health = await exec('podman', ['healthcheck', 'run', backup.id], { env: podmanEnv })
  check(health.code === 0, `the backup's health check failed: ${health.stdout}${health.stderr}`)
  const snapshots = await project$!.ok(
    ['exec', '-T', 'backup', 'dk-backup', 'snapshots'],
    imageTagEnv,
  )
  const before = await counts()

  // docs/operations/backup-og-recovery.md, "Gjenoppretting": the same commands, in this order.
  const volume = (name: string) => `${project$!.project}_${name}`
  await project$!.ok(['stop', 'caddy', 'web', 'cms', 'backup'], imageTagEnv)
  await project$!.ok(['rm', '--stop', '--force', 'postgres', 'cms', 'backup'], imageTagEnv)
  await execOk('podman', ['volume', 'rm', volume('postgres'), volume('media')], { env: podmanEnv })
  await project$!.ok(['up', '-d', '--no-build', 'postgres'], imageTagEnv)
  await waitHealthy(['postgres'], 120_000)
  const empty = await psql(
    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
  )
  check(empty === '0', `the new database is not empty (${empty} tables)`)
  await project$!.ok(
    ['run', '--rm', '--no-deps', 'backup', 'dk-backup', 'restore', 'latest'],
    imageTagEnv,
  )
  await up()

  const after = await counts()
  check(
    JSON.stringify(after) === JSON.stringify(before),
    `counts differ: ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
  )
  check(await mediaMatches(), 'the restored image differs')
  const routes = await checkPages()
  await login()
  const snapshotCount = snapshots.split('\n').filter((line) => /^[0-9a-f]{8}\s/.test(line)).length
  return `backup ok (${snapshotCount} snapshot), status file read by the health check; restored into new postgres and media volumes: rows ${JSON.stringify(after)} equal, image identical; ${routes}; admin login`
}

async function step6(): Promise<string> {
  const details: string[] = []
  const web = await one('web')
  const webEnv = (
    JSON.parse(await execOk('podman', ['inspect', web.id], { env: podmanEnv })) as {
      Config: { Env: string[] }
    }[]
  )[0]!.Config.Env
  const names = webEnv.map((entry) => entry.split('=')[0])
  for (const forbidden of ['PAYLOAD_SECRET', 'DATABASE_URL', 'POSTGRES_PASSWORD', 'PGPASSWORD']) {
    check(!names.includes(forbidden), `web's environment has ${forbidden}`)
  }
  for (const secret of [secrets.POSTGRES_PASSWORD, secrets.PAYLOAD_SECRET]) {
    check(
      !webEnv.some((entry) => entry.includes(secret)),
      "a secret's value is in web's environment",
    )
  }
  details.push(`web env: ${names.length} variables, no PAYLOAD_SECRET, no database password`)

  for (const service of ['cms', 'web', 'postgres', 'caddy', 'backup']) {
    const container = await one(service)
    const pid = Number(
      await execOk('podman', ['inspect', '--format', '{{.State.Pid}}', container.id], {
        env: podmanEnv,
      }),
    )
    const uid = /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    if (service === 'cms' || service === 'web') check(uid !== '0', `${service} runs as root`)
    details.push(`${service} uid ${uid}`)
  }
  await waitHealthy(['postgres', 'cms', 'web', 'backup'], 60_000)
  const labels = await execOk(
    'podman',
    [
      'inspect',
      '--format',
      '{{index .Labels "org.opencontainers.image.revision"}}',
      imageName('web', tag),
    ],
    { env: podmanEnv },
  )
  check(labels === revision, `web image revision label ${labels}`)
  details.push('postgres, cms, web, backup healthy; images labelled with the revision')
  return details.join('; ')
}

// ---------------------------------------------------------------------------------------------

async function runStep(name: string, fn: () => Promise<string>): Promise<boolean> {
  log(`▶ ${name}`)
  const t0 = Date.now()
  try {
    const detail = await fn()
    results.push({ step: name, ok: true, seconds: (Date.now() - t0) / 1000, detail })
    log(`✔ ${name}: ${detail}`)
    return true
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    results.push({ step: name, ok: false, seconds: (Date.now() - t0) / 1000, detail })
    log(`✘ ${name}: ${detail}`)
    return false
  }
}

let exitCode = 1
try {
  let volumes: string[] = []
  const ready =
    (await runStep('images', async () => {
      volumes = await buildImages()
      return 'cms, cms-build, web, backup built (layer cache reused where nothing changed)'
    })) &&
    (await runStep('compose up', async () => {
      const envFile = await writeEnvFile()
      service = await startPodmanService(work, podmanEnv)
      project$ = composeProject({
        composeFile,
        envFile,
        project,
        socket: service.socket,
        podmanEnv,
      })
      // podman runs health checks from systemd timers, and there is no systemd here.
      stopTicker = project$.startHealthTicker(5000)
      await up()
      await project$.ok(['--profile', 'setup', 'run', '--rm', 'seed'], imageTagEnv)
      return `project ${project}, compose.yaml sha256 ${composeSha.slice(0, 16)}…, seeded`
    }))
  const steps: [string, () => Promise<string>][] = [
    ['1 routes, login, sign-up, headers', step1],
    ['6 environment, users, health', step6],
    ['2 cms killed under load', step2],
    ['3 down and up', step3],
    ['4 upgrade with two cms', () => step4(volumes)],
    ['5 backup and restore', step5],
  ]
  let ok = ready
  for (const [name, fn] of steps) {
    if (!ok) {
      results.push({ step: name, ok: false, seconds: 0, detail: 'not run' })
      continue
    }
    ok = await runStep(name, fn)
  }
  if (!ok && project$) {
    const logs = await project$.run(['logs', '--no-color', '--tail', '40'], imageTagEnv)
    console.log(logs.stdout.slice(-12_000))
  }
  const unchanged = readFileSync(composeFile).equals(shippedCompose)
  check(unchanged, 'docker/compose.yaml changed during the run')
  exitCode = results.every((result) => result.ok) ? 0 : 1
} catch (error) {
  console.error(error)
} finally {
  await cleanUp()
  const minutes = ((Date.now() - started) / 60_000).toFixed(1)
  console.log('\nContainer test')
  for (const { step, ok, seconds, detail } of results) {
    console.log(
      `  ${ok ? '✔' : '✘'} ${step.padEnd(36)} ${seconds.toFixed(0).padStart(5)} s  ${detail}`,
    )
  }
  console.log(
    `  docker/compose.yaml sha256 ${composeSha}: ` +
      (readFileSync(composeFile).equals(shippedCompose)
        ? 'unchanged during the run, '
        : 'CHANGED, ') +
      (composeCommitted ? 'the committed file' : 'with uncommitted changes'),
  )
  console.log(`  total ${minutes} min`)
  const passed = results.filter((result) => result.ok).length
  console.log(`\ncontainers: ${passed} passed, ${results.length - passed} failed`)
  clearTimeout(watchdog)
  process.exit(exitCode)
}
