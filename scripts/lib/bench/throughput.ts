// Requests per second on one page: rendered by web from its warm content cache, and the same HTML
// saved to a file and served by Caddy. The ratio says what server-side rendering costs over static
// files on this machine. Both loads come from autocannon in this process, one after the other.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import autocannon from 'autocannon'

import { startStaticCaddy } from '../caddy.ts'
import type { LoadStats, Throughput } from './results.ts'

type Options = { webUrl: string; route: string; connections: number; seconds: number }

export async function measureThroughput({
  webUrl,
  route,
  connections,
  seconds,
}: Options): Promise<Throughput> {
  const page = await fetch(`${webUrl}${route}`, { signal: AbortSignal.timeout(10_000) })
  if (page.status !== 200) throw new Error(`${route} answered ${page.status}`)
  const html = await page.text()

  const root = await mkdtemp(join(tmpdir(), 'dk-bench-static-'))
  try {
    await writeFile(join(root, `${route.replace(/^\//, '') || 'index'}.html`), html)
    const caddy = await startStaticCaddy(root, route)
    try {
      const ssr = await load(`${webUrl}${route}`, connections, seconds)
      const staticCopy = await load(`${caddy.url}${route}`, connections, seconds)
      return {
        route,
        connections,
        seconds,
        ssr,
        static: staticCopy,
        ratio: ssr.requestsPerSecond / staticCopy.requestsPerSecond,
      }
    } finally {
      await caddy.stop()
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

async function load(url: string, connections: number, seconds: number): Promise<LoadStats> {
  // A second of warm-up: connections open, caches and JIT warm, before the measured load.
  await autocannon({ url, connections, duration: 1 })
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10 })
  if (result['2xx'] === 0) throw new Error(`${url}: no successful response under load`)
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors,
    responseBytes: Math.round(result.throughput.total / Math.max(result.requests.total, 1)),
  }
}
