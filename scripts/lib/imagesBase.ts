// A local stand-in for the official node:24-slim image, for machines that cannot pull images:
// Debian bookworm from debootstrap (minbase, trimmed like Docker's slim images), the Node 24 binary
// and npm 11 from the npm registry, and the unprivileged user `node` (uid 1000) the Dockerfiles
// rely on. Committed under the name the Dockerfiles' FROM uses, so they build unchanged.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The Debian mirror this machine's apt uses (or DEBIAN_MIRROR), so the base comes from the same place. */
export function debianMirror(): string {
  if (process.env.DEBIAN_MIRROR) return process.env.DEBIAN_MIRROR
  for (const file of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
    if (!existsSync(file)) continue
    const text = readFileSync(file, 'utf8')
    const uri =
      /^URIs:\s*(\S+)/m.exec(text)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)/m.exec(text)?.[1]
    if (uri) return uri
  }
  throw new Error('Fant ingen Debian-speiling i apt-oppsettet; sett DEBIAN_MIRROR')
}

/** Runs a command, echoing it, and returns its trimmed stdout; throws when it fails. */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  console.log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`${command} ${args[0]} failed (exit ${result.status})`)
  return String(result.stdout ?? '').trim()
}

/** Like `run`, with the command's output shown as it happens (long builds). */
export function runLoud(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  run(command, args, { ...options, stdio: 'inherit' })
}

/**
 * The arguments of `buildah bud` as every image here is built: chroot isolation (no daemon), the
 * Docker format (HEALTHCHECK is a Docker-format feature; OCI images drop it), cached layers and
 * base images from local storage only. `extra` holds each caller's own options (volumes, build
 * arguments, labels, a target).
 */
export function buildahBudArgs(options: {
  dockerfile: string
  tag: string
  context: string
  extra?: string[]
}): string[] {
  const { dockerfile, tag, context, extra = [] } = options
  return [
    'bud',
    '--isolation',
    'chroot',
    '--format',
    'docker',
    '--layers',
    '--pull=never',
    ...extra,
    '--file',
    dockerfile,
    '--tag',
    tag,
    context,
  ]
}

export function imageExists(name: string): boolean {
  return (
    spawnSync('buildah', ['inspect', '--type', 'image', name], { stdio: 'ignore' }).status === 0
  )
}

/**
 * A minimal Debian root filesystem (debootstrap minbase), trimmed like Docker's slim images, in a
 * folder under `work`. `include` adds packages (with their dependencies).
 */
export async function debootstrapRootfs(
  work: string,
  suite: string,
  include: string[] = [],
): Promise<string> {
  if (!existsSync('/usr/sbin/debootstrap'))
    throw new Error('debootstrap is missing: apt-get install -y debootstrap')
  const rootfs = join(work, `rootfs-${suite}`)
  runLoud('debootstrap', [
    '--variant=minbase',
    ...(include.length > 0 ? [`--include=${include.join(',')}`] : []),
    suite,
    rootfs,
    debianMirror(),
  ])
  // What Docker's debian:*-slim images leave out: documentation, manuals, translations, caches.
  for (const path of [
    'usr/share/doc',
    'usr/share/man',
    'usr/share/info',
    'usr/share/locale',
    'var/cache/apt/archives',
    'var/lib/apt/lists',
    'var/log',
  ]) {
    await rm(join(rootfs, path), { recursive: true, force: true })
    await mkdir(join(rootfs, path), { recursive: true })
  }
  return rootfs
}

/**
 * Commits a root filesystem as image `name`: `setup` runs inside it first (as root, chroot), then
 * `config` are `buildah config` arguments (entrypoint, environment, labels).
 */
export function commitRootfs(
  rootfs: string,
  name: string,
  setup: string,
  config: string[],
  buildahEnv: NodeJS.ProcessEnv,
): void {
  const tarball = `${rootfs}.tar`
  run('tar', ['--numeric-owner', '-C', rootfs, '-cf', tarball, '.'])
  const options = { env: buildahEnv }
  const container = run('buildah', ['from', 'scratch'], options)
  try {
    // ADD unpacks a local tar archive.
    run('buildah', ['add', container, tarball, '/'], options)
    run(
      'buildah',
      ['run', '--isolation', 'chroot', container, '--', 'sh', '-c', `set -e; ${setup}`],
      { ...options, stdio: 'inherit' },
    )
    run('buildah', ['config', ...config, container], options)
    run('buildah', ['commit', '--format', 'docker', '--rm', container, name], options)
  } catch (error) {
    spawnSync('buildah', ['rm', container], { stdio: 'ignore', env: buildahEnv })
    throw error
  }
}

/** node:<version>-slim: Debian bookworm with Node <version> and npm 11, user node (uid 1000). */
export async function assembleNodeBase(
  name: string,
  buildahEnv: NodeJS.ProcessEnv,
  nodeVersion = '24',
): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'dk-node-base-'))
  try {
    const rootfs = await debootstrapRootfs(work, 'bookworm')
    // Node from the npm registry (the `node` package fetches the official binary for this
    // platform), npm as its own package, laid out like the official image: /usr/local/bin.
    const npmPrefix = join(work, 'node')
    runLoud('npm', [
      'install',
      '--prefix',
      npmPrefix,
      '--no-audit',
      '--no-fund',
      `node@${nodeVersion}`,
    ])
    await cp(
      join(npmPrefix, 'node_modules', 'node', 'bin', 'node'),
      join(rootfs, 'usr', 'local', 'bin', 'node'),
    )
    runLoud('npm', [
      'install',
      '--global',
      '--prefix',
      join(rootfs, 'usr', 'local'),
      '--no-audit',
      '--no-fund',
      'npm@11',
    ])
    const installed = JSON.parse(
      await readFile(join(npmPrefix, 'node_modules', 'node', 'package.json'), 'utf8'),
    ).version as string
    commitRootfs(
      rootfs,
      name,
      'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node && node --version && npm --version',
      [
        '--env',
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        '--env',
        `NODE_VERSION=${installed}`,
        '--cmd',
        'node',
        '--label',
        `org.opencontainers.image.description=Local stand-in for ${name} (debootstrap bookworm + Node from npm)`,
      ],
      buildahEnv,
    )
    console.log(`base image ${name}: Node ${installed} on Debian bookworm`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
