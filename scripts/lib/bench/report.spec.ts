import { describe, expect, it } from 'vitest'

import { budgets } from '../../bench.budgets.ts'
import { checkBudgets } from './budgets.ts'
import { benchResults } from './fixtures.ts'
import { renderResults, replaceResults, resultsEnd, resultsStart } from './report.ts'

describe('renderResults', () => {
  it('heads the results with date, machine and commit', () => {
    const results = benchResults()
    const markdown = renderResults(results, checkBudgets(results, budgets, { quick: false }))
    const [header, separator, first] = markdown.split('\n')
    expect(header).toBe('| date (UTC) | mode | commit | machine | load average | duration |')
    expect(separator).toBe('| --- | --- | --- | --- | --- | --- |')
    expect(first).toContain(
      '| 2026-11-23 17:00 | full | `abc123def456` | Test CPU, 2 cores, 4 GB RAM;',
    )
    expect(first).toMatch(/\| 0\.4 → 1\.8 \| 300 s \|$/)
    expect(markdown).toContain('**Budgets:** all met.')
  })

  it('marks a missed budget in its table and lists it', () => {
    const results = benchResults()
    results.editToLive.p95Ms = 1_500
    const markdown = renderResults(results, checkBudgets(results, budgets, { quick: false }))
    expect(markdown).toContain('p95 1500 ms ✘')
    expect(markdown).toContain('- `editToLiveP95Ms`: 1500, budget ≤ 500')
  })
})

describe('replaceResults', () => {
  const doc = `# Benchmarks\n\nHow we measure.\n\n${resultsStart}\n\nold table\n\n${resultsEnd}\n\nMore text.\n`

  it('replaces only what lies between the markers', () => {
    const updated = replaceResults(doc, 'new table')
    expect(updated).toBe(
      `# Benchmarks\n\nHow we measure.\n\n${resultsStart}\n\nnew table\n\n${resultsEnd}\n\nMore text.\n`,
    )
    expect(replaceResults(updated, 'new table')).toBe(updated)
  })

  it('appends the markers to a document without them', () => {
    expect(replaceResults('# Benchmarks\n', 'table')).toBe(
      `# Benchmarks\n\n${resultsStart}\n\ntable\n\n${resultsEnd}\n`,
    )
  })
})
