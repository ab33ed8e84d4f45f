// Runs docker/compose.yaml with docker-compose against podman's Docker-compatible API, on machines
// without a Docker engine (scripts/testContainers.ts). podman needs two settings here, in the file
// CONTAINERS_CONF names: runc (crun fails on hybrid cgroups) and ulimits it may set. Everything it
// starts belongs to one compose project, so cleaning up removes exactly that and nothing else.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { join } from 'node:path'

import { isAlive } from '@dk/testing/processTree'

export type CommandResult = { code: number; stdout: string; stderr: string }

/** Runs a command without blocking the event loop (the health checks below keep ticking). */
export function exec(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string; quiet?: boolean } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}

/** Like exec, but throws with the command's output when it fails. */
export async function execOk(
  command: string,
  args: string[],
  options: Parameters<typeof exec>[2] = {},
): Promise<string> {
  const result = await exec(command, args, options)
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
    )
  }
  return result.stdout.trim()
}

export async function writeContainersConf(file: string): Promise<void> {
  await writeFile(
    file,
    [
      '[containers]',
      'default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]',
      '[engine]',
      'runtime = "runc"',
      '',
    ].join('\n'),
  )
}

function ping(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath: socket, path: '/_ping', timeout: 2000 }, (response) => {
      response.resume()
      resolve(response.statusCode === 200)
    })
    req.on('error', () => resolve(false))
    req.on('timeout', () => req.destroy())
    req.end()
  })
}

export type PodmanService = { socket: string; stop(): Promise<void> }

/** `podman system service` on a socket of our own; stopped by its process id. */
export async function startPodmanService(
  work: string,
  env: NodeJS.ProcessEnv,
): Promise<PodmanService> {
  const socket = join(work, 'podman.sock')
  const child: ChildProcess = spawn(
    'podman',
    ['system', 'service', '--time=0', `unix://${socket}`],
    {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const stop = async () => {
    if (child.pid === undefined || !isAlive(child.pid)) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  for (let waited = 0; waited < 30_000; waited += 250) {
    if (existsSync(socket) && (await ping(socket))) return { socket, stop }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error('podman system service did not answer on its socket')
}

export type Compose = {
  project: string
  /** docker-compose with the project, the shipped compose file and the test's env file. */
  run(args: string[], extraEnv?: NodeJS.ProcessEnv): Promise<CommandResult>
  ok(args: string[], extraEnv?: NodeJS.ProcessEnv): Promise<string>
  /** The project's containers of a service: id, name, state and health. */
  containers(service?: string): Promise<ContainerInfo[]>
  /** Runs each running container's health check now (podman has no systemd timers here). */
  startHealthTicker(intervalMs: number): () => Promise<void>
  /** Removes everything of the project: containers, networks, volumes (also after a failure). */
  destroy(): Promise<void>
}

export type ContainerInfo = {
  id: string
  name: string
  service: string
  state: string
  health: string
}

export function compose({
  composeFile,
  envFile,
  project,
  socket,
  podmanEnv,
}: {
  composeFile: string
  envFile: string
  project: string
  socket: string
  podmanEnv: NodeJS.ProcessEnv
}): Compose {
  const env = { ...podmanEnv, DOCKER_HOST: `unix://${socket}`, COMPOSE_HTTP_TIMEOUT: '300' }
  const base = ['-f', composeFile, '-p', project, '--env-file', envFile]
  const podman = (args: string[]) => execOk('podman', args, { env: podmanEnv })

  const containers = async (service?: string): Promise<ContainerInfo[]> => {
    const filters = ['--filter', `label=com.docker.compose.project=${project}`]
    if (service) filters.push('--filter', `label=com.docker.compose.service=${service}`)
    const ids = (await podman(['ps', '--all', '--quiet', ...filters])).split('\n').filter(Boolean)
    if (ids.length === 0) return []
    const inspected = JSON.parse(await podman(['inspect', ...ids])) as {
      Id: string
      Name: string
      Config: { Labels: Record<string, string> }
      State: { Status: string; Health?: { Status: string }; Healthcheck?: { Status: string } }
    }[]
    return inspected.map((container) => ({
      id: container.Id,
      name: container.Name,
      service: container.Config.Labels['com.docker.compose.service'] ?? '',
      state: container.State.Status,
      health: container.State.Health?.Status ?? container.State.Healthcheck?.Status ?? '',
    }))
  }

  return {
    project,
    run: (args, extraEnv = {}) =>
      exec('docker-compose', [...base, ...args], { env: { ...env, ...extraEnv } }),
    ok: (args, extraEnv = {}) =>
      execOk('docker-compose', [...base, ...args], { env: { ...env, ...extraEnv } }),
    containers,
    startHealthTicker(intervalMs) {
      let busy: Promise<void> = Promise.resolve()
      let stopped = false
      const tick = async () => {
        for (const container of await containers().catch(() => [])) {
          if (stopped) return
          if (container.state !== 'running' || container.health === '') continue
          await exec('podman', ['healthcheck', 'run', container.id], { env: podmanEnv })
        }
      }
      const timer = setInterval(() => {
        busy = busy.then(tick, tick)
      }, intervalMs)
      return async () => {
        stopped = true
        clearInterval(timer)
        await busy.catch(() => {})
      }
    },
    async destroy() {
      await exec(
        'docker-compose',
        [...base, '--profile', 'setup', 'down', '--volumes', '--remove-orphans', '--timeout', '10'],
        { env },
      )
      // Whatever compose could not remove (e.g. after the service died): by the project's label.
      const label = `label=com.docker.compose.project=${project}`
      const ids = (
        await exec('podman', ['ps', '--all', '--quiet', '--filter', label], { env: podmanEnv })
      ).stdout
        .split('\n')
        .filter(Boolean)
      if (ids.length > 0)
        await exec('podman', ['rm', '--force', '--volumes', ...ids], { env: podmanEnv })
      for (const kind of ['volume', 'network'] as const) {
        const names = (
          await exec('podman', [kind, 'ls', '--quiet', '--filter', label], { env: podmanEnv })
        ).stdout
          .split('\n')
          .filter(Boolean)
        if (names.length > 0)
          await exec('podman', [kind, 'rm', '--force', ...names], { env: podmanEnv })
      }
    },
  }
}
