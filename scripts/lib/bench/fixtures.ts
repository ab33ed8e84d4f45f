// A complete, budget-meeting run for the specs of the pure bench modules to vary.
import type { BenchResults, LighthouseRoute } from './results.ts'

export function lighthouseRoute(
  route: string,
  changes: Partial<LighthouseRoute> = {},
): LighthouseRoute {
  return {
    route,
    runs: 3,
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 900,
    tbtMs: 0,
    cls: 0,
    javascriptBytes: 0,
    failedAudits: { accessibility: [], bestPractices: [], seo: [] },
    ...changes,
  }
}

export function benchResults(): BenchResults {
  const memory = { rssMb: 90, peakRssMb: 110 }
  const throughput = {
    route: '/bygg-med-oss',
    connections: 50,
    seconds: 10,
    ssr: {
      requests: 10_000,
      requestsPerSecond: 1_000,
      p50Ms: 40,
      p99Ms: 90,
      failures: 0,
      responseBytes: 30_000,
    },
    static: {
      requests: 20_000,
      requestsPerSecond: 2_000,
      p50Ms: 20,
      p99Ms: 50,
      failures: 0,
      responseBytes: 30_000,
    },
    ratio: 0.5,
  }
  const form = {
    submitters: 50,
    seconds: 10,
    attempts: 1_000,
    accepted: 1_000,
    refused: 0,
    serverErrors: 0,
    noAnswer: 0,
    stored: 1_000,
    lost: 0,
    duplicated: 0,
    storedUnconfirmed: 0,
    deliveredAfterMs: 1200,
    p50Ms: 80,
    p95Ms: 150,
    maxMs: 190,
  }
  return {
    quick: false,
    date: '2026-11-23 17:00',
    commit: 'abc123def456',
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memoryGb: 4,
      os: 'Linux 6.1',
      node: '24.21.0',
      chromium: 'Chromium 140',
      caddy: 'v2.6.2',
    },
    durationSeconds: 300,
    loadAverage: { start: 0.4, end: 1.8 },
    lighthouse: [lighthouseRoute('/'), lighthouseRoute('/bygg-med-oss')],
    throughput,
    editToLive: {
      edits: 20,
      medianMs: 150,
      p95Ms: 200,
      maxMs: 300,
      saveMedianMs: 100,
      timeouts: 0,
    },
    form,
    repeated: { throughput: structuredClone(throughput), form: structuredClone(form) },
    memory: {
      idle: { web: memory, cms: memory },
      loaded: { web: memory, cms: memory },
      reloaded: { web: { ...memory, rssMb: 95 }, cms: memory },
    },
    startup: { webMs: 800, cmsMs: 4_000 },
    htmlBytes: [
      { route: '/', identity: 30_000, gzip: 8_000, zstd: 7_500 },
      { route: '/bygg-med-oss', identity: 40_000, gzip: 10_000, zstd: 9_500 },
    ],
    cmsDown: {
      seconds: 5,
      routes: ['/', '/bygg-med-oss'],
      requests: 500,
      ok: 500,
      servedPercent: 100,
    },
  }
}
