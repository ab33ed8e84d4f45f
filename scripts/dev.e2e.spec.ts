// `npm run dev` then Ctrl-C: everything it started (PostgreSQL, Next, Vite and their workers) ends.
import { spawn } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

import { afterAll, describe, expect, it } from 'vitest'

import { repoRoot } from '@dk/testing/paths'
import { freePort } from '@dk/testing/ports'
import { descendants, isAlive } from '@dk/testing/processTree'

describe('dev command', () => {
  let dataDir: string | undefined
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  it('leaves no process behind after Ctrl-C', { timeout: 300_000 }, async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dk-dev-'))
    // As root, PostgreSQL runs as its own system user, which must be able to enter the folder.
    await chmod(dataDir, 0o755)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DK_DATA_DIR: dataDir,
      CMS_PORT: String(await freePort()),
      WEB_PORT: String(await freePort()),
      DEV_POSTGRES_PORT: String(await freePort()),
    }
    delete env.DATABASE_URL
    // Its own process group, like a terminal's foreground job, so one signal reaches all of it.
    const dev = spawn(process.execPath, ['scripts/toolchain.mjs', 'dev'], {
      cwd: repoRoot,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const output: string[] = []
    const exited = new Promise<number | null>((resolve) => dev.once('exit', resolve))
    const ready = new Promise<void>((resolve, reject) => {
      for (const stream of [dev.stdout, dev.stderr]) {
        createInterface({ input: stream }).on('line', (line) => {
          output.push(line)
          if (line.startsWith('[dev] klar')) resolve()
        })
      }
      void exited.then((code) =>
        reject(new Error(`dev exited (${code}):\n${output.slice(-40).join('\n')}`)),
      )
    })
    await ready

    const started = descendants(dev.pid!)
    // PostgreSQL, Next and Vite at least, each with helpers.
    expect(started.length).toBeGreaterThanOrEqual(5)

    process.kill(-dev.pid!, 'SIGINT')
    expect(await exited).toBe(0)
    await expect.poll(() => started.filter(isAlive), { timeout: 15_000 }).toEqual([])
  })
})
