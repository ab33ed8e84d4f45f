// Resident memory of a server and everything it started, from /proc (Linux).
import { readFileSync } from 'node:fs'

import { descendants } from '@dk/testing/processTree'

import type { ProcessMemory } from './results.ts'

/** VmRSS (now) and VmHWM (the highest so far) from /proc/<pid>/status, in kB. */
export function parseStatus(status: string): { rssKb: number; peakKb: number } {
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status)
    if (!match) throw new Error(`no ${name} in /proc status`)
    return Number(match[1])
  }
  return { rssKb: field('VmRSS'), peakKb: field('VmHWM') }
}

/**
 * The process tree's memory: the sum of each process's current RSS, and the sum of each one's
 * peak (an upper bound: the processes need not have peaked at the same moment).
 */
export function treeMemory(pid: number): ProcessMemory {
  let rssKb = 0
  let peakKb = 0
  for (const each of [pid, ...descendants(pid)]) {
    let status: string
    try {
      status = readFileSync(`/proc/${each}/status`, 'utf8')
    } catch {
      continue // ended while we looked
    }
    const memory = parseStatus(status)
    rssKb += memory.rssKb
    peakKb += memory.peakKb
  }
  if (rssKb === 0) throw new Error(`process ${pid} is not running`)
  return { rssMb: rssKb / 1024, peakRssMb: peakKb / 1024 }
}
