import { describe, expect, it } from 'vitest'

import { isAlive } from './processTree.ts'
import { startService, stopAllServices } from './processes.ts'

describe('stopAllServices', () => {
  it('stops every service still running, with the processes it started', async () => {
    const sleeper = (name: string) =>
      startService({
        name,
        command: 'sh',
        // A child of the service's shell, which must end with it (same process group).
        args: ['-c', 'sleep 60 & echo $!; wait'],
        cwd: process.cwd(),
        env: process.env,
        onLine: (line) => grandchildren.push(Number(line)),
      })
    const grandchildren: number[] = []
    const services = [sleeper('a'), sleeper('b')]
    await expect.poll(() => grandchildren.length).toBe(2)

    await stopAllServices()

    for (const service of services)
      expect(service.child.exitCode ?? service.child.signalCode).not.toBeNull()
    for (const pid of grandchildren) await expect.poll(() => isAlive(pid)).toBe(false)
  })
})
