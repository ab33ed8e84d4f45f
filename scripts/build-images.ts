// Builds the production images (docker/cms.Dockerfile, docker/web.Dockerfile) with buildah, where
// there is no Docker engine, then starts them against a throwaway PostgreSQL to prove they run
// (scripts/lib/imagesSmoke.ts). Not part of `npm test`; needs root, buildah and debootstrap.
//   node scripts/build-images.ts             both images, localhost/datakollektivet/{cms,web}:local
//   node scripts/build-images.ts web         one of them
//   node scripts/build-images.ts --rebuild-base --no-cache
// When the node:…-slim image cannot be pulled, a stand-in is assembled locally (scripts/lib/imagesBase.ts).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { repoRoot } from '@dk/testing/paths'

import { qualified } from './lib/containerBases.ts'
import { assembleNodeBase, buildahBudArgs, imageExists, run, runLoud } from './lib/imagesBase.ts'
import { smokeStartImages } from './lib/imagesSmoke.ts'

// The Node image the Dockerfiles name (ARG NODE_IMAGE), e.g. node:24.21.0-slim.
const nodeImage = /^ARG NODE_IMAGE=(\S+)$/m.exec(
  readFileSync(join(repoRoot, 'docker', 'cms.Dockerfile'), 'utf8'),
)?.[1]
if (!nodeImage) throw new Error('docker/cms.Dockerfile names no NODE_IMAGE')
const baseImage = qualified(nodeImage)
const nodeVersion = /^node:([\d.]+)-slim$/.exec(nodeImage)?.[1] ?? '24'
const apps = ['cms', 'web'] as const
type App = (typeof apps)[number]

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'rebuild-base': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    tag: { type: 'string', default: 'local' },
  },
})
const selected = positionals.length > 0 ? positionals : [...apps]
for (const name of selected) {
  if (!apps.includes(name as App)) throw new Error(`unknown image ${name}; choose cms or web`)
}

if (spawnSync('buildah', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error('buildah is missing: apt-get install -y buildah (or build with docker build)')
  process.exit(1)
}

// Inside a container the default ulimits cannot be raised, and chroot isolation needs no daemon.
const work = await mkdtemp(join(tmpdir(), 'dk-images-'))
const containersConf = join(work, 'containers.conf')
await writeFile(containersConf, '[containers]\ndefault_ulimits = []\n')
const env: NodeJS.ProcessEnv = { ...process.env, CONTAINERS_CONF: containersConf }

// A machine behind a TLS-inspecting proxy trusts an extra CA; npm and pnpm inside the build need
// it too. A folder with the CA and an npmrc naming it is mounted over /root, the build's home, in
// RUN steps only: nothing of it lands in a layer (a mount point that does not exist yet would).
const buildVolumes: string[] = []
const hostCa = process.env.NODE_EXTRA_CA_CERTS
if (hostCa && existsSync(hostCa)) {
  const home = join(work, 'root')
  await mkdir(home, { mode: 0o700 })
  await copyFile(hostCa, join(home, 'build-ca.crt'))
  await writeFile(join(home, '.npmrc'), 'cafile=/root/build-ca.crt\n')
  buildVolumes.push(`${home}:/root`)
}

type Result = { image: string; size: string; seconds: number }
const results: Result[] = []
const imageName = (app: App) => `localhost/datakollektivet/${app}:${values.tag}`

try {
  if (values['rebuild-base'] || !imageExists(baseImage)) {
    console.log(`\n▶ base image ${baseImage}`)
    await assembleNodeBase(baseImage, env, nodeVersion)
  }
  for (const app of selected as App[]) {
    const image = imageName(app)
    console.log(`\n▶ ${image}`)
    const started = Date.now()
    runLoud(
      'buildah',
      buildahBudArgs({
        dockerfile: join('docker', `${app}.Dockerfile`),
        tag: image,
        context: '.',
        extra: [
          ...(values['no-cache'] ? ['--no-cache'] : []),
          ...buildVolumes.flatMap((volume) => ['--volume', volume]),
        ],
      }),
      { cwd: repoRoot, env },
    )
    const seconds = (Date.now() - started) / 1000
    const size = run('buildah', ['images', '--format', '{{.Size}}', image], { env })
    results.push({ image, size, seconds })
  }

  // web needs a cms to show a page; an image built earlier will do.
  let smoke = ['smoke start skipped: no cms image to start (build cms too)']
  if (imageExists(imageName('cms'))) {
    console.log('\n▶ smoke start')
    smoke = await smokeStartImages(
      {
        cms: imageName('cms'),
        web: imageExists(imageName('web')) ? imageName('web') : undefined,
      },
      env,
    )
  }

  console.log('\nImages')
  for (const { image, size, seconds } of results) {
    console.log(`  ${image.padEnd(40)} ${size.padStart(10)}  built in ${seconds.toFixed(0)} s`)
  }
  for (const app of apps) {
    if (!imageExists(imageName(app))) continue
    const healthcheck = run(
      'buildah',
      [
        'inspect',
        '--type',
        'image',
        '--format',
        '{{.Docker.Config.Healthcheck.Test}}',
        imageName(app),
      ],
      { env },
    )
    console.log(`  ${app} HEALTHCHECK ${healthcheck}`)
  }
  console.log('\nSmoke start')
  for (const line of smoke) console.log(`  ${line}`)
} finally {
  await rm(work, { recursive: true, force: true })
}
