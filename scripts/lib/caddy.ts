// Caddy on loopback over plain HTTP: with the production Caddyfile (docker/Caddyfile) in front of
// servers, or as a plain file server for the bench. Everything the Caddyfile leaves to the environment is set here; Caddy's state (its
// storage and autosaved config) goes to a temporary folder that is removed on stop.
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { repoRoot } from '@dk/testing/paths'
import { freePort } from '@dk/testing/ports'
import { startService, waitForHttp, type Service } from '@dk/testing/processes'

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
  /** Every web replica's address (one or more). */
  webUrls: string[]
  /** Every cms replica's address (one or more). */
  cmsUrls: string[]
  /** ADMIN_ALLOW: networks that may open /admin; the Caddyfile's default lets everyone in. */
  adminAllow?: string
  /**
   * Caddy counts as started once this path answers below 500: web's /healthz by default; a path
   * Caddy answers itself (/hooks/) when the replicas start after it.
   */
  waitFor?: string
}

/** The production Caddyfile in its replica form, with the replicas' addresses listed (REPLICAS=list). */
export async function startCaddy({
  webUrls,
  cmsUrls,
  adminAllow,
  waitFor = '/healthz',
}: Options): Promise<RunningCaddy> {
  const env: NodeJS.ProcessEnv = {
    CADDY_BIND: '127.0.0.1',
    REPLICAS: 'list',
    WEB_UPSTREAMS: webUrls.join(' '),
    CMS_UPSTREAMS: cmsUrls.join(' '),
  }
  if (adminAllow !== undefined) env.ADMIN_ALLOW = adminAllow
  return launch({ config: () => caddyfilePath, env, healthPath: waitFor })
}

/**
 * Caddy serving the files in `root` as they are, on loopback: the bench's baseline for what a
 * static site would cost. `/name` answers with `name.html` when that file exists.
 */
export async function startStaticCaddy(root: string, healthPath: string): Promise<RunningCaddy> {
  return launch({
    config: async (home, url) => {
      const config = join(home, 'Caddyfile')
      await writeFile(
        config,
        [
          '{',
          '\tadmin off',
          '}',
          `${url} {`,
          `\troot * ${root}`,
          '\ttry_files {path}.html {path}',
          '\tfile_server',
          '}',
          '',
        ].join('\n'),
      )
      return config
    },
    env: {},
    healthPath,
  })
}

type LaunchOptions = {
  /** The Caddyfile's path; may write one into Caddy's temporary home. */
  config: (home: string, url: string) => string | Promise<string>
  env: NodeJS.ProcessEnv
  healthPath: string
}

async function launch({ config, env: extra, healthPath }: LaunchOptions): Promise<RunningCaddy> {
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
    // Several Caddys (tests, a developer's own) must not fight over the admin port 2019.
    CADDY_ADMIN: 'off',
  }
  // Only the caller decides who may open the admin, never the shell it was started from.
  delete env.ADMIN_ALLOW
  Object.assign(env, extra)
  let configPath: string
  try {
    configPath = await config(home, url)
  } catch (error) {
    await rm(home, { recursive: true, force: true })
    throw error
  }
  const service = startService({
    name: 'caddy',
    command: caddyPath,
    args: ['run', '--adapter', 'caddyfile', '--config', configPath],
    cwd: home,
    env,
    onLine: (line) => output.push(line),
  })
  const stop = async () => {
    await service.stop(5_000)
    await rm(home, { recursive: true, force: true })
  }
  try {
    await waitForHttp(`${url}${healthPath}`, 15_000, service)
  } catch (error) {
    await stop()
    throw new Error(`caddy did not start:\n${output.slice(-20).join('\n')}`, { cause: error })
  }
  return { url, service, output, stop }
}
