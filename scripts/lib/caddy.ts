// Caddy with the production Caddyfile (docker/Caddyfile) in front of servers on loopback, over
// plain HTTP. Everything the Caddyfile leaves to the environment is set here; Caddy's state (its
// storage and autosaved config) goes to a temporary folder that is removed on stop.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { repoRoot } from './paths.ts'
import { freePort } from './ports.ts'
import { startService, waitForHttp, type Service } from './processes.ts'

export const caddyPath = process.env.CADDY_PATH ?? '/usr/bin/caddy'
export const caddyfilePath = join(repoRoot, 'docker', 'Caddyfile')

export function caddyInstalled(): boolean {
  return existsSync(caddyPath)
}

export type RunningCaddy = {
  /** http://127.0.0.1:<port>, the proxy's address. */
  url: string
  service: Service
  /** Everything Caddy printed, for failure messages. */
  output: string[]
  stop(): Promise<void>
}

type Options = {
  webUrl: string
  cmsUrl: string
  /** ADMIN_ALLOW: networks that may open /admin; the Caddyfile's default lets everyone in. */
  adminAllow?: string
}

export async function startCaddy({ webUrl, cmsUrl, adminAllow }: Options): Promise<RunningCaddy> {
  const port = await freePort()
  const home = await mkdtemp(join(tmpdir(), 'dk-caddy-'))
  const url = `http://127.0.0.1:${port}`
  const output: string[] = []
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    SITE_ADDRESS: url,
    CADDY_BIND: '127.0.0.1',
    // Several Caddys (tests, a developer's own) must not fight over the admin port 2019.
    CADDY_ADMIN: 'off',
    WEB_UPSTREAM: webUrl,
    CMS_UPSTREAM: cmsUrl,
  }
  if (adminAllow === undefined) delete env.ADMIN_ALLOW
  else env.ADMIN_ALLOW = adminAllow
  const service = startService({
    name: 'caddy',
    command: caddyPath,
    args: ['run', '--adapter', 'caddyfile', '--config', caddyfilePath],
    cwd: home,
    env,
    onLine: (line) => output.push(line),
  })
  const stop = async () => {
    await service.stop(5_000)
    await rm(home, { recursive: true, force: true })
  }
  try {
    await waitForHttp(`${url}/healthz`, 15_000, service)
  } catch (error) {
    await stop()
    throw new Error(`caddy did not start:\n${output.slice(-20).join('\n')}`, { cause: error })
  }
  return { url, service, output, stop }
}
