// The system Chromium with its DevTools port open on loopback, for Lighthouse to drive. It runs in
// its own process group (startService), so stopping it also ends its renderer and GPU processes.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { chromiumArgs, chromiumPath } from '@dk/testing/browser'
import { freePort } from '@dk/testing/ports'
import { startService, waitForHttp } from '@dk/testing/processes'

export type DebuggableChromium = { port: number; stop(): Promise<void> }

export async function startDebuggableChromium(): Promise<DebuggableChromium> {
  const port = await freePort()
  const profile = await mkdtemp(join(tmpdir(), 'dk-bench-chromium-'))
  const output: string[] = []
  const service = startService({
    name: 'chromium',
    command: chromiumPath,
    args: [
      ...chromiumArgs,
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    cwd: profile,
    env: process.env,
    onLine: (line) => output.push(line),
  })
  const stop = async () => {
    await service.stop(5_000)
    await rm(profile, { recursive: true, force: true })
  }
  try {
    await waitForHttp(`http://127.0.0.1:${port}/json/version`, 30_000, service)
  } catch (error) {
    await stop()
    throw new Error(`Chromium did not start:\n${output.slice(-20).join('\n')}`, { cause: error })
  }
  return { port, stop }
}
