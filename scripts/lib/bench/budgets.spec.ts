import { describe, expect, it } from 'vitest'

import { budgets } from '../../bench.budgets.ts'
import { checkBudgets, describeMisses } from './budgets.ts'
import { benchResults, lighthouseRoute } from './fixtures.ts'

const missed = (verdicts: ReturnType<typeof checkBudgets>) =>
  verdicts
    .filter((verdict) => !verdict.ok)
    .map((v) => `${v.budget}${v.subject ? ` ${v.subject}` : ''}`)

describe('checkBudgets', () => {
  it('passes a run within every budget, checking the per-route ones on each route', () => {
    const verdicts = checkBudgets(benchResults(), budgets, { quick: false })
    expect(missed(verdicts)).toEqual([])
    expect(verdicts.filter((v) => v.budget === 'lighthouseAccessibility')).toHaveLength(2)
  })

  it('names each budget a run misses, with the route', () => {
    const results = benchResults()
    results.lighthouse[1] = lighthouseRoute('/bygg-med-oss', {
      accessibility: 96,
      javascriptBytes: 30 * 1024,
    })
    results.throughput.ratio = 0.2
    results.form.lost = 1
    results.cmsDown.servedPercent = 99.5
    results.memory.loaded.web.rssMb = 151
    const verdicts = checkBudgets(results, budgets, { quick: false })
    expect(missed(verdicts)).toEqual([
      'lighthouseAccessibility /bygg-med-oss',
      'javascriptKb /bygg-med-oss',
      'ssrStaticRatio /bygg-med-oss',
      'formLost first load',
      'cmsDownServedPercent',
      'webRssMb',
    ])
    expect(verdicts.filter((v) => !v.ok).every((v) => v.enforced)).toBe(true)
    expect(describeMisses(verdicts)[0]).toBe(
      'MISSED lighthouseAccessibility on /bygg-med-oss: 96, budget ≥ 100',
    )
  })

  it("holds the second load to the same sign-up budgets, and web to its first load's memory", () => {
    const results = benchResults()
    results.repeated.form.duplicated = 1
    results.repeated.form.deliveredAfterMs = 12_000
    results.memory.loaded.web.rssMb = 120
    results.memory.reloaded.web.rssMb = 133
    const verdicts = checkBudgets(results, budgets, { quick: false })
    expect(missed(verdicts)).toEqual([
      'formDeliveredMs second load',
      'formDuplicated second load',
      'webRssGrowthPercent',
    ])
    expect(verdicts.find((v) => v.budget === 'webRssGrowthPercent')?.actual).toBe(11)
    // Within 10 % of the first load is flat enough: the collector's timing, not growth.
    results.memory.reloaded.web.rssMb = 131
    expect(missed(checkBudgets(results, budgets, { quick: false }))).not.toContain(
      'webRssGrowthPercent',
    )
  })

  it("judges web's size on the larger of its two loads", () => {
    const results = benchResults()
    results.memory.loaded.web.rssMb = 140
    results.memory.reloaded.web.rssMb = 151
    expect(missed(checkBudgets(results, budgets, { quick: false }))).toContain('webRssMb')
  })

  it('in quick mode reports a missed timing budget without enforcing it, and enforces the rest', () => {
    const results = benchResults()
    results.form.p95Ms = 900
    results.form.duplicated = 2
    const verdicts = checkBudgets(results, budgets, { quick: true })
    const p95 = verdicts.find((v) => v.budget === 'formP95Ms')!
    const duplicated = verdicts.find((v) => v.budget === 'formDuplicated')!
    expect([p95.ok, p95.enforced]).toEqual([false, false])
    expect([duplicated.ok, duplicated.enforced]).toEqual([false, true])
    expect(describeMisses(verdicts)[0]).toContain('not enforced in --quick')
  })

  it('lets a noindex route miss SEO through its allowed audit only', () => {
    const results = benchResults()
    results.lighthouse.push(
      lighthouseRoute('/personvern', {
        seo: 66,
        failedAudits: { accessibility: [], bestPractices: [], seo: ['is-crawlable'] },
      }),
    )
    const allowed = checkBudgets(results, budgets, { quick: false }).find(
      (v) => v.budget === 'lighthouseSeo' && v.subject === '/personvern',
    )!
    expect(allowed.ok).toBe(true)
    expect(allowed.note).toContain('noindex')

    results.lighthouse[2] = lighthouseRoute('/personvern', {
      seo: 58,
      failedAudits: {
        accessibility: [],
        bestPractices: [],
        seo: ['document-title', 'is-crawlable'],
      },
    })
    const other = checkBudgets(results, budgets, { quick: false }).find(
      (v) => v.budget === 'lighthouseSeo' && v.subject === '/personvern',
    )!
    expect(other.ok).toBe(false)
    expect(other.note).toContain('document-title')
  })

  it('gives no allowance to a route that is not listed', () => {
    const results = benchResults()
    results.lighthouse[0] = lighthouseRoute('/', {
      seo: 66,
      failedAudits: { accessibility: [], bestPractices: [], seo: ['is-crawlable'] },
    })
    expect(missed(checkBudgets(results, budgets, { quick: false }))).toEqual(['lighthouseSeo /'])
  })
})
