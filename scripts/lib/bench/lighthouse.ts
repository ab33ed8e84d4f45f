// Lighthouse's default configuration (the mobile preset: a mid-range phone on a slow 4G link,
// simulated) on each route, several runs each; every number is the median over the runs.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import lighthouse from 'lighthouse'

import { startDebuggableChromium } from './chromium.ts'
import type { LighthouseRoute } from './results.ts'
import { median } from './stats.ts'

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Run = Omit<LighthouseRoute, 'route' | 'runs'>

type Options = {
  baseUrl: string
  routes: string[]
  runs: number
  /** Where each run's full Lighthouse report (JSON) is kept, for a closer look. */
  reportDir: string
  log: (line: string) => void
}

export async function measureLighthouse({
  baseUrl,
  routes,
  runs,
  reportDir,
  log,
}: Options): Promise<LighthouseRoute[]> {
  mkdirSync(reportDir, { recursive: true })
  const chromium = await startDebuggableChromium()
  try {
    const measured: LighthouseRoute[] = []
    for (const route of routes) {
      const samples: Run[] = []
      for (let i = 0; i < runs; i++) {
        const report = join(reportDir, `${route.slice(1) || 'forside'}-${i + 1}.json`)
        samples.push(await runWithRetries(`${baseUrl}${route}`, chromium.port, report, log))
      }
      const middle = (pick: (run: Run) => number) => median(samples.map(pick))
      measured.push({
        route,
        runs,
        performance: middle((run) => run.performance),
        accessibility: middle((run) => run.accessibility),
        bestPractices: middle((run) => run.bestPractices),
        seo: middle((run) => run.seo),
        lcpMs: middle((run) => run.lcpMs),
        tbtMs: middle((run) => run.tbtMs),
        cls: middle((run) => run.cls),
        javascriptBytes: middle((run) => run.javascriptBytes),
        failedAudits: {
          accessibility: union(samples.map((run) => run.failedAudits.accessibility)),
          bestPractices: union(samples.map((run) => run.failedAudits.bestPractices)),
          seo: union(samples.map((run) => run.failedAudits.seo)),
        },
      })
      const last = measured.at(-1)!
      log(
        `lighthouse ${route}: ${last.performance}/${last.accessibility}/${last.bestPractices}/${last.seo}, LCP ${Math.round(last.lcpMs)} ms`,
      )
    }
    return measured
  } finally {
    await chromium.stop()
  }
}

const union = (lists: string[][]) => [...new Set(lists.flat())].sort()

class LighthouseRuntimeError extends Error {}

/**
 * Lighthouse sometimes fails to record a page load on a busy machine (NO_NAVSTART, NO_FCP) and
 * asks to be run again; we do, twice at most. Anything else fails the bench.
 */
async function runWithRetries(
  url: string,
  port: number,
  reportPath: string,
  log: (line: string) => void,
): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, port, reportPath)
    } catch (error) {
      if (!(error instanceof LighthouseRuntimeError) || attempt === 3) throw error
      log(`${error.message}; running it again`)
    }
  }
}

async function runOnce(url: string, port: number, reportPath: string): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
    maxWaitForLoad: 30_000,
  })
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
  const { lhr } = result
  writeFileSync(reportPath, JSON.stringify(lhr))
  if (lhr.runtimeError)
    throw new LighthouseRuntimeError(`Lighthouse on ${url}: ${lhr.runtimeError.code}`)
  const score = (id: (typeof categories)[number]) => {
    const value = lhr.categories[id]?.score
    if (typeof value !== 'number') throw new Error(`Lighthouse on ${url}: no ${id} score`)
    return Math.round(value * 100)
  }
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue
    if (typeof value !== 'number') throw new Error(`Lighthouse on ${url}: no value for ${id}`)
    return value
  }
  const summary = lhr.audits['resource-summary']?.details
  const items =
    summary && 'items' in summary
      ? (summary.items as { resourceType?: string; transferSize?: number }[])
      : []
  /** Audits of a category that count towards its score and did not pass. */
  const failed = (id: (typeof categories)[number]) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const audit = lhr.audits[ref.id]
        return typeof audit?.score === 'number' && audit.score < 1
      })
      .map((ref) => ref.id)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    javascriptBytes: items.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
    failedAudits: {
      accessibility: failed('accessibility'),
      bestPractices: failed('best-practices'),
      seo: failed('seo'),
    },
  }
}
