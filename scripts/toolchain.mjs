#!/usr/bin/env node
// Entry point of every root script. It must run on the oldest Node we promise (20), so it is
// plain JavaScript with no dependencies. It makes sure a new-enough Node and pnpm exist (fetching
// them from the npm registry into the git-ignored .toolchain/ when the host's are too old),
// installs the workspace when the lockfile changed, then hands over to scripts/<task>.ts.
//
//   node scripts/toolchain.mjs <task> [args...]      e.g. dev, test, seed, bench
//   node scripts/toolchain.mjs pnpm <args...>        run the workspace's pnpm
import { spawnSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, dirname, delimiter } from 'node:path'
import { constants } from 'node:os'
import { fileURLToPath } from 'node:url'

const NODE_VERSION = '24.21.0'
const PNPM_VERSION = '10.34.9'
// SvelteKit 3 needs >= 22.17; Node runs our .ts scripts natively from 22.18.
const MIN_NODE = [22, 18, 0]

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const toolchainDir = join(root, '.toolchain')

function log(message) {
  process.stderr.write(`[toolchain] ${message}\n`)
}

function isAtLeast(version, min) {
  const parts = version.replace(/^v/, '').split('.').map(Number)
  for (let i = 0; i < min.length; i++) {
    if (parts[i] !== min[i]) return parts[i] > min[i]
  }
  return true
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env })
  if (result.status !== 0) {
    log(`failed: ${command} ${args.join(' ')}`)
    process.exit(result.status ?? 1)
  }
}

function installedVersion(packageDir) {
  const manifest = join(packageDir, 'package.json')
  if (!existsSync(manifest)) return undefined
  return JSON.parse(readFileSync(manifest, 'utf8')).version
}

/** Installs packages from the npm registry into .toolchain/; --no-save keeps it free of a manifest. */
function installIntoToolchain(packages, env) {
  mkdirSync(toolchainDir, { recursive: true })
  run(
    'npm',
    ['install', '--prefix', toolchainDir, '--no-audit', '--no-fund', '--no-save', ...packages],
    env,
  )
}

/** Returns the directory holding the `node` binary to use. */
function ensureNode() {
  if (isAtLeast(process.version, MIN_NODE)) return dirname(process.execPath)
  const nodeBin = join(toolchainDir, 'node_modules', 'node', 'bin')
  if (
    installedVersion(join(toolchainDir, 'node_modules', 'node')) !== NODE_VERSION ||
    !existsSync(join(nodeBin, 'node'))
  ) {
    log(
      `host Node ${process.version} is older than ${MIN_NODE.join('.')}; fetching Node ${NODE_VERSION} from the npm registry into .toolchain/`,
    )
    installIntoToolchain([`node@${NODE_VERSION}`], process.env)
  }
  return nodeBin
}

function ensurePnpm(env) {
  const pnpmDir = join(toolchainDir, 'node_modules', 'pnpm')
  if (installedVersion(pnpmDir) !== PNPM_VERSION) {
    log(`installing pnpm ${PNPM_VERSION} from the npm registry into .toolchain/`)
    // Install pnpm beside node so both stay in one folder.
    installIntoToolchain([`node@${NODE_VERSION}`, `pnpm@${PNPM_VERSION}`], env)
  }
  return join(toolchainDir, 'node_modules', '.bin')
}

function patchFiles() {
  const dir = join(root, 'patches')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .map((name) => join('patches', name))
}

function installFingerprint(nodeVersion) {
  const hash = createHash('sha256').update(nodeVersion)
  for (const file of [
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'package.json',
    'cms/package.json',
    'web/package.json',
    'shared/package.json',
    'testing/package.json',
    // pnpm applies these at install (patchedDependencies): a changed patch must reinstall.
    ...patchFiles(),
  ]) {
    const path = join(root, file)
    hash.update(file).update(existsSync(path) ? readFileSync(path) : '')
  }
  return hash.digest('hex')
}

function ensureDependencies(env) {
  const stamp = join(root, 'node_modules', '.dk-install-stamp')
  const nodeVersion = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout.trim()
  const fingerprint = installFingerprint(nodeVersion)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return
  log('installing workspace dependencies (pnpm install --frozen-lockfile)')
  run('pnpm', ['install', '--frozen-lockfile'], env)
  writeFileSync(stamp, fingerprint)
}

const [task, ...args] = process.argv.slice(2)
if (!task) {
  log('usage: node scripts/toolchain.mjs <task|pnpm> [args...]')
  process.exit(2)
}

const nodeBin = ensureNode()
const env = { ...process.env, PATH: [nodeBin, process.env.PATH].join(delimiter) }
env.PATH = [nodeBin, ensurePnpm(env), process.env.PATH].join(delimiter)

const [command, commandArgs] =
  task === 'pnpm'
    ? ['pnpm', args]
    : (ensureDependencies(env), ['node', [join(root, 'scripts', `${task}.ts`), ...args]])

// Signals from the terminal reach the whole process group; we only wait for the child's verdict.
const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)))
