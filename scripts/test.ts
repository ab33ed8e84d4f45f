// `npm test`: every check the project has, in the order that fails fastest, then one summary.
//   npm test                      typecheck, lint, format, then all vitest projects
//   npm test -- --project int     only vitest, with these arguments (a quicker loop while working)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

import { dataDir, repoRoot } from '@dk/testing/paths'

type Step = { name: string; command: string; args: string[] }

const vitestArgs = process.argv.slice(2)
const reportFile = join(dataDir, 'test-results', 'vitest.json')

const staticChecks: Step[] = [
  {
    name: 'typecheck scripts',
    command: 'pnpm',
    args: ['exec', 'tsc', '--noEmit', '-p', 'scripts'],
  },
  { name: 'typecheck shared', command: 'pnpm', args: ['--filter', '@dk/shared', 'typecheck'] },
  { name: 'typecheck testing', command: 'pnpm', args: ['--filter', '@dk/testing', 'typecheck'] },
  { name: 'typecheck cms', command: 'pnpm', args: ['--filter', '@dk/cms', 'typecheck'] },
  { name: 'svelte-check web', command: 'pnpm', args: ['--filter', '@dk/web', 'typecheck'] },
  { name: 'eslint', command: 'pnpm', args: ['exec', 'eslint', '--max-warnings=0', '.'] },
  {
    name: 'prettier',
    command: 'pnpm',
    args: ['exec', 'prettier', '--check', '--log-level=warn', '.'],
  },
]
const vitest: Step = {
  name: 'vitest',
  command: 'pnpm',
  args: [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...vitestArgs,
  ],
}

const steps = vitestArgs.length > 0 ? [vitest] : [...staticChecks, vitest]
const results: { name: string; ok: boolean; seconds: number }[] = []

mkdirSync(join(dataDir, 'test-results'), { recursive: true })
rmSync(reportFile, { force: true })

for (const step of steps) {
  console.log(`\n▶ ${step.name}`)
  const started = Date.now()
  const { status } = spawnSync(step.command, step.args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  results.push({ name: step.name, ok: status === 0, seconds: (Date.now() - started) / 1000 })
}

console.log('\nSummary')
for (const { name, ok, seconds } of results) {
  console.log(`  ${ok ? '✔' : '✘'} ${name.padEnd(18)} ${seconds.toFixed(0).padStart(4)} s`)
}

// Count tests from vitest's JSON report, and count each failed static check as one failure.
let passed = results.filter((r) => r.ok && r.name !== 'vitest').length
let failed = results.filter((r) => !r.ok && r.name !== 'vitest').length
let skipped = 0
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + report.numTodoTests
} else {
  failed += 1
}
const vitestFailed = results.some((r) => r.name === 'vitest' && !r.ok)
if (vitestFailed && failed === 0) failed = 1
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
