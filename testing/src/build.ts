// Production builds of cms and web, skipped when nothing that goes into them has changed since
// the last build (a fingerprint of their inputs is stored beside the output).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import { cmsDir, repoRoot, webDir } from './paths.ts'

type Target = { name: 'cms' | 'web'; dir: string; inputs: string[]; output: string }

const targets: Record<Target['name'], Target> = {
  cms: {
    name: 'cms',
    dir: cmsDir,
    inputs: [
      'cms/src',
      'cms/next.config.ts',
      'cms/package.json',
      'cms/tsconfig.json',
      'shared/src',
      'pnpm-lock.yaml',
      // patched dependencies are bundled into the standalone build
      'patches',
    ],
    output: join(cmsDir, '.next', 'standalone', 'cms', 'server.js'),
  },
  web: {
    name: 'web',
    dir: webDir,
    inputs: [
      'web/src',
      'web/server.js',
      'web/static',
      'web/vite.config.ts',
      'web/package.json',
      'shared/src',
      'pnpm-lock.yaml',
    ],
    output: join(webDir, 'build', 'index.js'),
  },
}

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return
  if (statSync(path).isFile()) {
    yield path
    return
  }
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry))
}

function fingerprint(target: Target): string {
  const hash = createHash('sha256')
  for (const input of target.inputs) {
    for (const file of files(join(repoRoot, input))) {
      hash.update(relative(repoRoot, file)).update(readFileSync(file))
    }
  }
  return hash.digest('hex')
}

export function ensureBuilt(name: Target['name'], log = (line: string) => console.log(line)): void {
  const target = targets[name]
  const stamp = `${target.output}.dk-build-hash`
  const wanted = fingerprint(target)
  if (existsSync(target.output) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
    log(`${name}: build is up to date`)
    return
  }
  log(`${name}: building for production…`)
  const started = Date.now()
  const result = spawnSync('pnpm', ['run', 'build'], {
    cwd: target.dir,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error(`${name}: build failed (exit ${result.status})`)
  writeFileSync(stamp, wanted)
  log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
