// What one bench run measured. Every measure module returns its part; budgets.ts judges the whole
// and report.ts renders it.

export type Machine = {
  cpu: string
  cores: number
  memoryGb: number
  os: string
  node: string
  chromium: string
  caddy: string
}

export type LighthouseRoute = {
  route: string
  runs: number
  /** Category scores 0–100, each the median over the runs. */
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Bytes of JavaScript transferred (compressed, as sent over the wire). */
  javascriptBytes: number
  /** Audits that failed in any run, by Lighthouse id (e.g. is-crawlable), per category. */
  failedAudits: { accessibility: string[]; bestPractices: string[]; seo: string[] }
}

export type LoadStats = {
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Responses other than 2xx, plus connection errors and timeouts. */
  failures: number
  /** Bytes per response, headers included. */
  responseBytes: number
}

export type Throughput = {
  route: string
  connections: number
  seconds: number
  ssr: LoadStats
  static: LoadStats
  /** SSR requests per second over static requests per second. */
  ratio: number
}

export type EditToLive = {
  edits: number
  /** From sending the publishing request until the page showed the edit. */
  medianMs: number
  p95Ms: number
  maxMs: number
  /** The CMS's own answer to the save, part of the above. */
  saveMedianMs: number
  /** Edits that never showed within the time limit (counted at the limit above). */
  timeouts: number
}

export type FormLoad = {
  submitters: number
  seconds: number
  attempts: number
  /** Answered with the thank-you page. */
  accepted: number
  /** Answered with another 4xx (validation, rate limit, CSRF). */
  refused: number
  serverErrors: number
  /** No answer within the time limit, or the connection failed. */
  noAnswer: number
  stored: number
  /** Accepted but not stored. */
  lost: number
  /** Stored more than once. */
  duplicated: number
  /** Stored although the submitter never saw the thank-you (it gave up waiting). */
  storedUnconfirmed: number
  /** From the end of the load until web's outbox had delivered everything to the CMS. */
  deliveredAfterMs: number
  p50Ms: number
  p95Ms: number
  maxMs: number
}

export type CmsDown = {
  seconds: number
  routes: string[]
  requests: number
  ok: number
  /** Share answered 200, in percent. */
  servedPercent: number
}

export type ProcessMemory = { rssMb: number; peakRssMb: number }

export type Memory = {
  /** Right after start-up and a first request to every route. */
  idle: { web: ProcessMemory; cms: ProcessMemory }
  /** After the throughput and form loads. */
  loaded: { web: ProcessMemory; cms: ProcessMemory }
  /** After the same loads once more: memory that grows with the work shows as the difference. */
  reloaded: { web: ProcessMemory; cms: ProcessMemory }
}

/** The throughput and form loads run a second time, for memory (and to compare with the first). */
export type RepeatedLoad = { throughput: Throughput; form: FormLoad }

/** From starting the process until its first answer 200 (web: the front page; cms: its API). */
export type Startup = { webMs: number; cmsMs: number }

/** A page's HTML as Caddy sends it with each encoding it offers (Caddyfile: encode zstd gzip). */
export type HtmlBytes = { route: string; identity: number; gzip: number; zstd: number }

export type BenchResults = {
  quick: boolean
  date: string
  commit: string
  machine: Machine
  durationSeconds: number
  /** The machine's 1-minute load average when the run started and when it ended. */
  loadAverage: { start: number; end: number }
  lighthouse: LighthouseRoute[]
  throughput: Throughput
  editToLive: EditToLive
  form: FormLoad
  repeated: RepeatedLoad
  memory: Memory
  startup: Startup
  htmlBytes: HtmlBytes[]
  cmsDown: CmsDown
}
