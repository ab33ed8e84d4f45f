// What the numbers were measured on, and which code they measured.
import { spawnSync } from 'node:child_process'
import { cpus, release, totalmem, type } from 'node:os'

import { chromiumPath } from '@dk/testing/browser'
import { repoRoot } from '@dk/testing/paths'

import { caddyPath } from '../caddy.ts'
import type { Machine } from './results.ts'

const output = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : ''
}

export function describeMachine(): Machine {
  const processors = cpus()
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown CPU',
    cores: processors.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${type()} ${release()}`,
    node: process.versions.node,
    chromium: output(chromiumPath, ['--version']) || 'unknown Chromium',
    caddy: output(caddyPath, ['version']).split(' ')[0] || 'unknown',
  }
}

/** The commit measured, marked when the working tree had changes on top of it. */
export function describeCommit(): string {
  const commit = output('git', ['rev-parse', '--short=12', 'HEAD']) || 'unknown'
  const dirty = output('git', ['status', '--porcelain', '--untracked-files=no']) !== ''
  return dirty ? `${commit} + uncommitted changes` : commit
}
