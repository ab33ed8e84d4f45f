// `npm run bench`: the production builds on loopback (embedded PostgreSQL, seeded) measured in one
// run against the budgets in bench.budgets.ts; writes docs/benchmarks.md and exits non-zero when
// a budget is missed. `npm run bench -- --quick` is the same harness with one route and 2 s loads
// for CI: it writes to .data/bench/ and fails only on the budgets that do not depend on timing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'

import * as prettier from 'prettier'

import { dataDir, repoRoot } from '@dk/testing/paths'
import { stopAllServices } from '@dk/testing/processes'
import { startStack } from '@dk/testing/stack'

import { budgets } from './bench.budgets.ts'
import { checkBudgets, describeMisses } from './lib/bench/budgets.ts'
import { measureCmsDown } from './lib/bench/cmsDown.ts'
import { loginAsAdmin } from './lib/bench/cmsAdmin.ts'
import { measureEditToLive } from './lib/bench/editToLive.ts'
import { measureFormLoad } from './lib/bench/formLoad.ts'
import { measureHtmlBytes } from './lib/bench/htmlBytes.ts'
import { measureLighthouse } from './lib/bench/lighthouse.ts'
import { describeCommit, describeMachine } from './lib/bench/machine.ts'
import { treeMemory } from './lib/bench/memory.ts'
import { renderResults, replaceResults } from './lib/bench/report.ts'
import type { BenchResults } from './lib/bench/results.ts'
import { publicRoutes } from './lib/bench/routes.ts'
import { measureThroughput } from './lib/bench/throughput.ts'
import { caddyInstalled, caddyPath, startCaddy } from './lib/caddy.ts'

const quick = process.argv.includes('--quick')
const keyRoute = '/bygg-med-oss'
const settings = quick
  ? { lighthouseRuns: 1, loadSeconds: 2, edits: 3, cmsDownSeconds: 2, limitMinutes: 8 }
  : { lighthouseRuns: 3, loadSeconds: 10, edits: 20, cmsDownSeconds: 5, limitMinutes: 20 }
const connections = 50
const outDir = join(dataDir, 'bench', quick ? 'quick' : 'full')

const say = (message: string) => process.stdout.write(`[bench] ${message}\n`)
const cleanups: (() => Promise<void>)[] = []

async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup()
    } catch (error) {
      say(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

let ending: Promise<never> | undefined
function end(code: number): Promise<never> {
  // Then whatever a measure started and could not stop itself, e.g. when a signal came mid-run.
  ending ??= cleanUp()
    .then(stopAllServices)
    .then(() => process.exit(code))
  return ending
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => void end(130))
// Every load is bounded; this bounds the whole run too, in case something hangs.
setTimeout(() => {
  say(`gave up after ${settings.limitMinutes} minutes`)
  void end(1)
}, settings.limitMinutes * 60_000).unref()

async function main(): Promise<number> {
  if (!caddyInstalled())
    throw new Error(`the bench needs Caddy at ${caddyPath} (apt-get install caddy)`)
  const started = performance.now()
  // Other work on the machine shows in every timing; the report says how busy it was.
  const loadAtStart = loadavg()[0]!
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
  say(`${quick ? 'quick' : 'full'} run: starting the production stack…`)
  const starting = startStack({
    log: say,
    // As in docker/compose.yaml: web takes the visitor's address from the proxy's header.
    env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' },
  })
  // Registered before it is up, so that a Ctrl-C during the start still stops it.
  cleanups.push(async () => (await starting.catch(() => undefined))?.stop())
  const stack = await starting
  const proxy = await startCaddy({ webUrls: [stack.webUrl], cmsUrls: [stack.cmsUrl] })
  cleanups.push(() => proxy.stop())
  const admin = await loginAsAdmin(stack.cmsUrl, stack.admin)

  const allRoutes = await publicRoutes(admin, stack.webUrl)
  if (!allRoutes.includes(keyRoute))
    throw new Error(`${keyRoute} is not among ${allRoutes.join(' ')}`)
  for (const route of allRoutes) {
    const response = await fetch(`${stack.webUrl}${route}`, { signal: AbortSignal.timeout(30_000) })
    if (response.status !== 200) throw new Error(`${route} answered ${response.status}`)
    await response.arrayBuffer()
  }
  const idle = { web: treeMemory(stack.web.child.pid!), cms: treeMemory(stack.cms.child.pid!) }

  const lighthouseRoutes = quick ? [keyRoute] : allRoutes
  say(`Lighthouse on ${lighthouseRoutes.join(' ')}, ${settings.lighthouseRuns} run(s) each…`)
  const lighthouse = await measureLighthouse({
    baseUrl: proxy.url,
    routes: lighthouseRoutes,
    runs: settings.lighthouseRuns,
    reportDir: join(outDir, 'lighthouse'),
    log: say,
  })

  const memoryNow = () => ({
    web: treeMemory(stack.web.child.pid!),
    cms: treeMemory(stack.cms.child.pid!),
  })
  const pageLoad = async () => {
    say(`throughput on ${keyRoute}: ${connections} connections, ${settings.loadSeconds} s each…`)
    const throughput = await measureThroughput({
      webUrl: stack.webUrl,
      route: keyRoute,
      connections,
      seconds: settings.loadSeconds,
    })
    say(
      `  SSR ${throughput.ssr.requestsPerSecond.toFixed(0)} req/s, static ${throughput.static.requestsPerSecond.toFixed(0)} req/s`,
    )
    return throughput
  }
  const formLoad = async () => {
    say(`form: ${connections} submitters for ${settings.loadSeconds} s…`)
    const form = await measureFormLoad({
      admin,
      webUrl: stack.webUrl,
      route: keyRoute,
      submitters: connections,
      seconds: settings.loadSeconds,
    })
    say(
      `  ${form.accepted} accepted, ${form.stored} stored (all ${(form.deliveredAfterMs / 1000).toFixed(1)} s after the load), p95 ${form.p95Ms.toFixed(0)} ms`,
    )
    return form
  }
  const sayMemory = (when: string, memory: ReturnType<typeof memoryNow>) =>
    say(`  ${when}: web ${memory.web.rssMb.toFixed(0)} MB, cms ${memory.cms.rssMb.toFixed(0)} MB`)

  const throughput = await pageLoad()

  say(`edit to live: ${settings.edits} edits…`)
  const editToLive = await measureEditToLive({
    admin,
    webUrl: stack.webUrl,
    route: keyRoute,
    edits: settings.edits,
  })
  say(`  median ${editToLive.medianMs.toFixed(0)} ms, p95 ${editToLive.p95Ms.toFixed(0)} ms`)

  const form = await formLoad()
  const loaded = memoryNow()
  sayMemory('memory after the loads', loaded)
  // The same loads again: what the first left behind for good shows as growth.
  const repeated = { throughput: await pageLoad(), form: await formLoad() }
  const reloaded = memoryNow()
  sayMemory('memory after the loads a second time', reloaded)

  say(`HTML bytes through Caddy on ${allRoutes.length} routes…`)
  const htmlBytes = await measureHtmlBytes(proxy.url, allRoutes)

  say(`CMS down: ${settings.cmsDownSeconds} s on every route…`)
  const cmsDown = await measureCmsDown({
    webUrl: stack.webUrl,
    routes: allRoutes,
    seconds: settings.cmsDownSeconds,
    stopCms: () => stack.cms.stop(),
  })

  const results: BenchResults = {
    quick,
    date,
    commit: describeCommit(),
    machine: describeMachine(),
    durationSeconds: (performance.now() - started) / 1000,
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    lighthouse,
    throughput,
    editToLive,
    form,
    repeated,
    memory: { idle, loaded, reloaded },
    startup: stack.startup,
    htmlBytes,
    cmsDown,
  }
  const verdicts = checkBudgets(results, budgets, { quick })
  const markdown = renderResults(results, verdicts)

  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'results.json'), JSON.stringify({ results, verdicts }, null, 2))
  if (quick) {
    writeFileSync(join(outDir, 'results.md'), `${markdown}\n`)
    say(`results in ${join(outDir, 'results.md')} (quick runs leave docs/benchmarks.md alone)`)
  } else {
    const docPath = join(repoRoot, 'docs', 'benchmarks.md')
    const doc = replaceResults(readFileSync(docPath, 'utf8'), markdown)
    // Formatted as `npm test` checks it (Prettier aligns the tables).
    const options = { ...(await prettier.resolveConfig(docPath)), filepath: docPath }
    writeFileSync(docPath, await prettier.format(doc, options))
    say(`results in ${docPath}`)
  }
  process.stdout.write(`\n${markdown}\n\n`)

  const misses = describeMisses(verdicts)
  for (const line of misses) say(line)
  const failed = verdicts.some((verdict) => !verdict.ok && verdict.enforced)
  say(failed ? 'budgets missed' : misses.length > 0 ? 'enforced budgets met' : 'all budgets met')
  return failed ? 1 : 0
}

try {
  const code = await main()
  await end(code)
} catch (error) {
  say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  await end(2)
}
