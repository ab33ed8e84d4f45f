// Child processes that never outlive us: each runs in its own process group so that stopping it
// stops everything it started (Next and Vite spawn workers of their own).
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

export type Service = {
  name: string
  child: ChildProcess
  /** Sends SIGTERM to the whole group, SIGKILL after `graceMs`, and resolves once it has exited. */
  stop(graceMs?: number): Promise<void>
  /** SIGKILL to the whole group at once, like `kill -9`; resolves once it has exited. */
  kill(): Promise<void>
  exited: Promise<number | null>
}

type StartOptions = {
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  /** Receives every output line; defaults to printing it with a `[name]` prefix. */
  onLine?: (line: string) => void
}

const running = new Set<Service>()

/** Stops every service still running: a last line of defence for a script that is exiting. */
export async function stopAllServices(): Promise<void> {
  await Promise.all([...running].map((service) => service.stop(5_000)))
}

export function startService({ name, command, args, cwd, env, onLine }: StartOptions): Service {
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const print = onLine ?? ((line: string) => process.stdout.write(`[${name}] ${line}\n`))
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', print)
  }
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )

  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return
    try {
      process.kill(-child.pid, signal)
    } catch (error) {
      // ESRCH: the group is already gone, which is what we want.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }

  let stopping: Promise<void> | undefined
  const stop = (graceMs = 10_000) => {
    stopping ??= (async () => {
      signalGroup('SIGTERM')
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
      // The leader may exit before its workers; make sure none of the group is left.
      signalGroup('SIGKILL')
    })()
    return stopping
  }

  const kill = async () => {
    signalGroup('SIGKILL')
    await exited
  }

  const service = { name, child, stop, kill, exited }
  running.add(service)
  void exited.then(() => running.delete(service))
  return service
}

/**
 * Polls `url` until it answers (any HTTP status below 500, or only 200 with `only200`) or
 * `timeoutMs` passes.
 */
export async function waitForHttp(
  url: string,
  timeoutMs = 120_000,
  service?: Service,
  { only200 = false, intervalMs = 250 }: { only200?: boolean; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exitCode: number | null | undefined
  void service?.exited.then((code) => (exitCode = code))
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`${service?.name} exited (code ${exitCode}) before ${url} answered`)
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) })
      await response.body?.cancel()
      if (only200 ? response.status === 200 : response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}
