import { readdirSync, readFileSync } from 'node:fs'

/** PIDs of every living descendant of `rootPid`, read from /proc (Linux). */
export function descendants(rootPid: number): number[] {
  const parentOf = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name before it may contain spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parentOf.set(pid, Number(fields[1]))
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = []
  const queue = [rootPid]
  while (queue.length > 0) {
    const parent = queue.shift()
    for (const [pid, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(pid)
        queue.push(pid)
      }
    }
  }
  return found
}

export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // A zombie has exited and waits only for its parent to read its status.
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}
