import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseStatus, treeMemory } from './memory.ts'

describe('process memory from /proc', () => {
  it('reads the current and the peak resident size', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\nThreads:\t7\n'
    expect(parseStatus(status)).toEqual({ rssKb: 102400, peakKb: 204800 })
  })

  it('refuses a status without the fields (a kernel thread, another OS)', () => {
    expect(() => parseStatus('Name:\tkthreadd\n')).toThrow('VmRSS')
  })

  it('measures this very process as the kernel reports it', () => {
    const own = parseStatus(readFileSync('/proc/self/status', 'utf8'))
    const tree = treeMemory(process.pid)
    // The tree holds at least this process, which holds at least a few MB of Node.
    expect(tree.rssMb).toBeGreaterThan(10)
    expect(tree.peakRssMb).toBeGreaterThanOrEqual(own.peakKb / 1024)
  })
})
