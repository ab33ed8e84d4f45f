// Judges a run against the budgets in scripts/bench.budgets.ts. Pure: results in, verdicts out.
import type { BenchResults, LighthouseRoute } from './results.ts'

type Common = {
  /** Why this limit: what it protects, where the number comes from. */
  reason: string
  /**
   * Depends on the machine, on what else runs on it, or on the length of the load. `--quick` (CI)
   * reports a miss of a noisy budget but does not fail on it; the full run always fails.
   */
  noisy?: boolean
}
type Min = Common & { min: number }
type Max = Common & { max: number }

export type Budgets = {
  lighthousePerformance: Min
  lighthouseAccessibility: Min
  lighthouseBestPractices: Min
  lighthouseSeo: Min & {
    /** Routes allowed to fail these SEO audits (and only these), each with the reason. */
    allowedFailures: Record<string, { audits: string[]; why: string }>
  }
  javascriptKb: Max
  ssrStaticRatio: Min
  editToLiveP95Ms: Max
  formP95Ms: Max
  formDeliveredMs: Max
  formLost: Max
  formDuplicated: Max
  formServerErrors: Max
  cmsDownServedPercent: Min
  webRssMb: Max
  webRssGrowthPercent: Max
}

export type Verdict = {
  budget: keyof Budgets
  /** The route a per-route budget was checked on. */
  subject?: string
  actual: number
  limit: string
  ok: boolean
  /** False for a noisy budget in `--quick`: shown, but it does not fail the run. */
  enforced: boolean
  note?: string
}

/** Whole numbers from 10 up, two decimals below: 0.06, 1194, 170. */
const round = (value: number) =>
  Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 100) / 100

export function checkBudgets(
  results: BenchResults,
  budgets: Budgets,
  { quick }: { quick: boolean },
): Verdict[] {
  const verdicts: Verdict[] = []
  const enforced = (name: keyof Budgets) => !(quick && budgets[name].noisy)
  const atLeast = (name: keyof Budgets, actual: number, subject?: string, note?: string) => {
    const { min } = budgets[name] as Min
    verdicts.push({
      budget: name,
      subject,
      actual: round(actual),
      limit: `≥ ${min}`,
      ok: actual >= min,
      enforced: enforced(name),
      note,
    })
  }
  const atMost = (name: keyof Budgets, actual: number, subject?: string) => {
    const { max } = budgets[name] as Max
    verdicts.push({
      budget: name,
      subject,
      actual: round(actual),
      limit: `≤ ${max}`,
      ok: actual <= max,
      enforced: enforced(name),
    })
  }

  for (const route of results.lighthouse) {
    atLeast('lighthousePerformance', route.performance, route.route)
    atLeast('lighthouseAccessibility', route.accessibility, route.route)
    atLeast('lighthouseBestPractices', route.bestPractices, route.route)
    verdicts.push(seoVerdict(route, budgets.lighthouseSeo, enforced('lighthouseSeo')))
    const { max } = budgets.javascriptKb
    const kb = route.javascriptBytes / 1024
    verdicts.push({
      budget: 'javascriptKb',
      subject: route.route,
      actual: round(kb),
      limit: `≤ ${max}`,
      ok: kb <= max,
      enforced: enforced('javascriptKb'),
    })
  }
  atLeast('ssrStaticRatio', results.throughput.ratio, results.throughput.route)
  atMost('editToLiveP95Ms', results.editToLive.p95Ms)
  atMost('formP95Ms', results.form.p95Ms)
  // Every sign-up is checked, the second load's too.
  const forms = { 'first load': results.form, 'second load': results.repeated.form }
  for (const [load, form] of Object.entries(forms)) {
    atMost('formDeliveredMs', form.deliveredAfterMs, load)
    atMost('formLost', form.lost, load)
    atMost('formDuplicated', form.duplicated, load)
    atMost('formServerErrors', form.serverErrors, load)
  }
  atLeast('cmsDownServedPercent', results.cmsDown.servedPercent)
  const { loaded, reloaded } = results.memory
  atMost('webRssMb', Math.max(loaded.web.rssMb, reloaded.web.rssMb))
  atMost('webRssGrowthPercent', (reloaded.web.rssMb / loaded.web.rssMb - 1) * 100)
  return verdicts
}

function seoVerdict(
  route: LighthouseRoute,
  budget: Budgets['lighthouseSeo'],
  enforced: boolean,
): Verdict {
  const verdict = {
    budget: 'lighthouseSeo' as const,
    subject: route.route,
    actual: route.seo,
    limit: `≥ ${budget.min}`,
    enforced,
  }
  if (route.seo >= budget.min) return { ...verdict, ok: true }
  const allowance = budget.allowedFailures[route.route]
  if (!allowance) return { ...verdict, ok: false }
  // Below the limit only because of the audits this route may fail, and nothing else.
  const unexpected = route.failedAudits.seo.filter((audit) => !allowance.audits.includes(audit))
  return {
    ...verdict,
    ok: unexpected.length === 0,
    note:
      unexpected.length === 0
        ? `allowed: ${allowance.audits.join(', ')} (${allowance.why})`
        : `fails ${unexpected.join(', ')} besides the allowed ${allowance.audits.join(', ')}`,
  }
}

/** The missed budgets, as lines for the terminal. */
export function describeMisses(verdicts: Verdict[]): string[] {
  return verdicts
    .filter((verdict) => !verdict.ok)
    .map(
      (verdict) =>
        `${verdict.enforced ? 'MISSED' : 'missed (not enforced in --quick)'} ${verdict.budget}` +
        `${verdict.subject ? ` on ${verdict.subject}` : ''}: ${verdict.actual}, budget ${verdict.limit}` +
        `${verdict.note ? ` — ${verdict.note}` : ''}`,
    )
}
