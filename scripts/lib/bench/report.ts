// The results of a run as Markdown, and its place in docs/benchmarks.md: between two marker
// comments, so the hand-written explanation around it stays as it is.
import type { Verdict } from './budgets.ts'
import type { BenchResults, LighthouseRoute, LoadStats, ProcessMemory } from './results.ts'

export const resultsStart = '<!-- bench:results:start -->'
export const resultsEnd = '<!-- bench:results:end -->'

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
const table = (header: string[], rows: (string | number)[][]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')
const ms = (value: number) => `${Math.round(value)} ms`
const fixed = (value: number, digits = 0) => value.toFixed(digits)
const percentChange = (before: ProcessMemory, after: ProcessMemory) =>
  (after.rssMb / before.rssMb - 1) * 100
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`

/** One server's row in the throughput table. */
const loadRow = (server: string, load: LoadStats) => [
  server,
  fixed(load.requestsPerSecond),
  ms(load.p50Ms),
  ms(load.p99Ms),
  load.failures,
  `${load.responseBytes} B`,
]

function mark(verdicts: Verdict[], budget: Verdict['budget'], subject?: string): string {
  const found = verdicts.find(
    (v) => v.budget === budget && (subject === undefined || v.subject === subject),
  )
  if (!found) return ''
  if (found.ok) return found.note ? ' ✔︎*' : ' ✔︎'
  return ' ✘'
}

export function renderResults(results: BenchResults, verdicts: Verdict[]): string {
  const { machine, lighthouse, throughput, editToLive, form, repeated, memory, cmsDown } = results
  const v = (budget: Verdict['budget'], subject?: string) => mark(verdicts, budget, subject)
  const memoryCell = (m: ProcessMemory) => `${fixed(m.rssMb)} MB (peak ${fixed(m.peakRssMb)} MB)`
  const missed = verdicts.filter((verdict) => !verdict.ok)
  const notes = verdicts.filter((verdict) => verdict.ok && verdict.note)

  return [
    table(
      ['date (UTC)', 'mode', 'commit', 'machine', 'load average', 'duration'],
      [
        [
          results.date,
          results.quick ? 'quick' : 'full',
          `\`${results.commit}\``,
          `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM; ${machine.os}; Node ${machine.node}; ${machine.chromium}; Caddy ${machine.caddy}`,
          `${fixed(results.loadAverage.start, 1)} → ${fixed(results.loadAverage.end, 1)}`,
          `${fixed(results.durationSeconds)} s`,
        ],
      ],
    ),
    '',
    `**Lighthouse** (mobile preset, ${(lighthouse[0]?.runs ?? 0) === 1 ? 'one run' : `median of ${lighthouse[0]?.runs} runs`}, through Caddy)`,
    '',
    table(
      [
        'route',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'LCP',
        'TBT',
        'CLS',
        'JS transferred',
      ],
      lighthouse.map((route) => [
        `\`${route.route}\``,
        `${route.performance}${v('lighthousePerformance', route.route)}`,
        `${route.accessibility}${v('lighthouseAccessibility', route.route)}`,
        `${route.bestPractices}${v('lighthouseBestPractices', route.route)}`,
        `${route.seo}${v('lighthouseSeo', route.route)}`,
        ms(route.lcpMs),
        ms(route.tbtMs),
        fixed(route.cls, 3),
        `${fixed(route.javascriptBytes / 1024, 1)} KB${v('javascriptKb', route.route)}`,
      ]),
    ),
    ...failedAuditLines(lighthouse),
    '',
    `**Throughput** on \`${throughput.route}\`, ${throughput.connections} connections for ${throughput.seconds} s`,
    '',
    table(
      ['server', 'req/s', 'p50', 'p99', 'failed', 'bytes per response'],
      [
        loadRow('web (SSR, warm cache)', throughput.ssr),
        loadRow('Caddy (static copy)', throughput.static),
        [
          'ratio SSR / static',
          `${fixed(throughput.ratio, 2)}${v('ssrStaticRatio')}`,
          '',
          '',
          '',
          '',
        ],
      ],
    ),
    '',
    '**Edit to live, form under load, CMS down, memory**',
    '',
    table(
      ['measure', 'result'],
      [
        [
          `edit to live (${editToLive.edits} edits)`,
          `median ${ms(editToLive.medianMs)}, p95 ${ms(editToLive.p95Ms)}${v('editToLiveP95Ms')}, max ${ms(editToLive.maxMs)}; save alone median ${ms(editToLive.saveMedianMs)}; ${editToLive.timeouts} never showed`,
        ],
        [
          `form, ${form.submitters} submitters for ${form.seconds} s`,
          `${form.attempts} sent, p50 ${ms(form.p50Ms)}, p95 ${ms(form.p95Ms)}${v('formP95Ms')}, max ${ms(form.maxMs)}`,
        ],
        [
          'form: accepted / stored',
          `${form.accepted} / ${form.stored}; lost ${form.lost}${v('formLost')}, duplicated ${form.duplicated}${v('formDuplicated')}, stored unconfirmed ${form.storedUnconfirmed}; all delivered ${ms(form.deliveredAfterMs)} after the load${v('formDeliveredMs')}`,
        ],
        [
          'form: other answers',
          `5xx ${form.serverErrors}${v('formServerErrors')}, other 4xx ${form.refused}, no answer ${form.noAnswer}`,
        ],
        [
          `CMS down (${cmsDown.seconds} s, ${cmsDown.routes.length} routes)`,
          `${cmsDown.ok} of ${cmsDown.requests} answered 200: ${fixed(cmsDown.servedPercent, 1)} %${v('cmsDownServedPercent')}`,
        ],
        [
          'second load (for memory)',
          `SSR ${fixed(repeated.throughput.ssr.requestsPerSecond)} req/s (ratio ${fixed(repeated.throughput.ratio, 2)}); form p95 ${ms(repeated.form.p95Ms)}, ${repeated.form.accepted} / ${repeated.form.stored} accepted / stored, lost ${repeated.form.lost}${v('formLost', 'second load')}, duplicated ${repeated.form.duplicated}${v('formDuplicated', 'second load')}, 5xx ${repeated.form.serverErrors}${v('formServerErrors', 'second load')}; all delivered ${ms(repeated.form.deliveredAfterMs)} after the load${v('formDeliveredMs', 'second load')}`,
        ],
        [
          'memory, web',
          `idle ${memoryCell(memory.idle.web)}; after the loads ${memoryCell(memory.loaded.web)}; after them again ${memoryCell(memory.reloaded.web)}${v('webRssMb')}, ${signed(percentChange(memory.loaded.web, memory.reloaded.web))} %${v('webRssGrowthPercent')}`,
        ],
        [
          'memory, cms',
          `idle ${memoryCell(memory.idle.cms)}; after the loads ${memoryCell(memory.loaded.cms)}; after them again ${memoryCell(memory.reloaded.cms)}, ${signed(percentChange(memory.loaded.cms, memory.reloaded.cms))} %`,
        ],
        [
          'start to first 200',
          `web ${ms(results.startup.webMs)} (/healthz), cms ${ms(results.startup.cmsMs)} (/api/health)`,
        ],
      ],
    ),
    '',
    '**HTML as Caddy sends it** (bytes of the body; Caddy offers zstd and gzip, no Brotli)',
    '',
    table(
      ['route', 'plain', 'gzip', 'zstd'],
      results.htmlBytes.map((page) => [`\`${page.route}\``, page.identity, page.gzip, page.zstd]),
    ),
    '',
    missed.length === 0
      ? '**Budgets:** all met.'
      : [
          '**Budgets missed:**',
          '',
          ...missed.map(
            (m) =>
              `- \`${m.budget}\`${m.subject ? ` on \`${m.subject}\`` : ''}: ${m.actual}, budget ${m.limit}${m.note ? ` (${m.note})` : ''}${m.enforced ? '' : ' — not enforced in quick mode'}`,
          ),
        ].join('\n'),
    ...(notes.length > 0
      ? ['', ...notes.map((n) => `\\* \`${n.budget}\` on \`${n.subject}\`: ${n.note}.`)]
      : []),
  ].join('\n')
}

function failedAuditLines(routes: LighthouseRoute[]): string[] {
  const lines = routes.flatMap((route) =>
    (['accessibility', 'bestPractices', 'seo'] as const)
      .filter((category) => route.failedAudits[category].length > 0)
      .map(
        (category) =>
          `- \`${route.route}\` ${category}: ${route.failedAudits[category].map((id) => `\`${id}\``).join(', ')}`,
      ),
  )
  return lines.length === 0 ? [] : ['', 'Audits that failed (in any run):', '', ...lines]
}

/** `doc` with the text between the markers replaced; the markers are appended when missing. */
export function replaceResults(doc: string, results: string): string {
  const block = `${resultsStart}\n\n${results}\n\n${resultsEnd}`
  const start = doc.indexOf(resultsStart)
  const end = doc.indexOf(resultsEnd)
  if (start === -1 || end === -1 || end < start) return `${doc.trimEnd()}\n\n${block}\n`
  return doc.slice(0, start) + block + doc.slice(end + resultsEnd.length)
}
