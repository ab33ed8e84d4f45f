// The one door from web to the CMS: the only module that knows its address and its API key, with
// one `fetch`. Each conversation's path, schemas and the meaning of each status come from its
// contract in shared/src/contracts; this module sends the request and hands back the contract's
// typed outcome, so no caller compares status codes or error texts. The service user may read
// published content and create submissions and subscribers, never read them.
import {
  changesStreamPath,
  newsletterPath,
  pageListPath,
  pageListSchema,
  pageViewPath,
  pageViewSchema,
  previewOutcome,
  previewViewPath,
  readOutcome,
  settledSubmissionsMaxKeys,
  settledSubmissionsPath,
  settledSubmissionsResponseSchema,
  siteSettingsAnswerSchema,
  siteSettingsPath,
  submissionBatchMaxBytes,
  submissionBatchMaxItems,
  submissionBatchOutcomes,
  submissionBatchPath,
  submissionOutcome,
  submissionPath,
  subscribeOutcome,
  tokenOutcome,
  confirmResultSchema,
  unsubscribeResultSchema,
  type ConfirmResult,
  type PageView,
  type PreviewCollection,
  type PreviewOutcome,
  type ReadOutcome,
  type SiteSettings,
  type SubmissionOutcome,
  type SubmissionRequest,
  type SubscribeOutcome,
  type TokenOutcome,
  type UnsubscribeResult,
} from '@dk/shared'
import type { z } from 'zod'

import { env } from '../env.ts'
import { errorForLog, log, LoggableError } from '../log.ts'

/** A conversation with the CMS that did not come to an answer web can use. */
export class CmsError extends LoggableError {
  override name = 'CmsError'
  constructor(
    what: string,
    outcome: { kind: 'unavailable'; status: number } | { kind: 'invalid'; reason: string },
  ) {
    super(
      outcome.kind === 'unavailable'
        ? `${what}: CMS svarte ${outcome.status === 0 ? 'ikke' : outcome.status}`
        : `${what}: ugyldig innhold (${outcome.reason})`,
    )
  }
}

type Request = {
  method?: 'GET' | 'POST'
  body?: unknown
  /** As the service user (its API key); the preview's token and the health check need none. */
  service?: boolean
  timeoutMs?: number
  /** The health check asks often and says itself when the CMS does not answer. */
  quiet?: boolean
}

/**
 * The status and the parsed JSON body (undefined when there is none); status 0 when the CMS did
 * not answer at all (refused, timed out). Why it did not is logged here, safely, once.
 */
type Answer = { status: number; body: unknown }

/** The one place web reaches the CMS: its address and, for the service user, the API key. */
function send(path: string, service: boolean, init: RequestInit): Promise<Response> {
  const { CMS_URL, CMS_API_KEY } = env()
  const headers = new Headers(init.headers)
  if (service) headers.set('Authorization', `users API-Key ${CMS_API_KEY}`)
  return fetch(new URL(path, CMS_URL), { ...init, headers })
}

/**
 * The CMS's change events (contracts/changes.ts), the one answer read as it arrives
 * (content/changeStream.ts parses it). Uncompressed: a compressing proxy could hold events back.
 */
export function openChangeStream(signal: AbortSignal): Promise<Response> {
  return send(changesStreamPath, true, {
    headers: { Accept: 'text/event-stream', 'Accept-Encoding': 'identity' },
    signal,
  })
}

async function exchange(
  what: string,
  path: string,
  { method = 'GET', body, service = true, timeoutMs = 3_000, quiet = false }: Request,
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  try {
    const response = await send(path, service, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    let parsed: unknown
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      parsed = undefined
    }
    return { status: response.status, body: parsed }
  } catch (error) {
    if (!quiet) log.warn('cms', `${what}: CMS svarte ikke (${errorForLog(error)})`)
    return { status: 0, body: undefined }
  }
}

/** A read's outcome with the raw JSON it came from (the snapshot stores what the CMS sent). */
export type Read<T> = { outcome: ReadOutcome<T>; raw: unknown }

async function read<T extends z.ZodType>(
  what: string,
  path: string,
  schema: T,
): Promise<Read<z.infer<T>>> {
  const { status, body } = await exchange(what, path, {})
  return { outcome: readOutcome(schema, status, body), raw: body }
}

const viewSchema = pageViewSchema((reason) => log.warn('cms', `hopper over en seksjon: ${reason}`))

/** A published page with its interest options; `page` is null when no page has that slug. */
export function readPageView(slug: string): Promise<Read<PageView>> {
  return read('sidevisning', pageViewPath(slug), viewSchema)
}

export type PageListing = z.infer<typeof pageListSchema>['docs']

/** Every published page's slug and last change, for the sitemap. */
export async function readPageList(): Promise<Read<PageListing>> {
  const { outcome, raw } = await read('sidelisten', pageListPath, pageListSchema)
  return {
    outcome: outcome.kind === 'ok' ? { kind: 'ok', value: outcome.value.docs } : outcome,
    raw,
  }
}

/** The published site settings. */
export function readSiteSettings(): Promise<Read<SiteSettings>> {
  return read('innstillingene', siteSettingsPath, siteSettingsAnswerSchema)
}

/**
 * The latest draft of a document as a page view, for the live preview. Never cached: the signed
 * token from the admin link is the credential, checked by the CMS (the preview contract).
 */
export async function readDraftPreview(
  collection: PreviewCollection,
  id: string,
  token: string,
): Promise<PreviewOutcome<PageView>> {
  const { status, body } = await exchange(
    'forhåndsvisning',
    previewViewPath(collection, id, token),
    { service: false },
  )
  return previewOutcome(viewSchema, status, body)
}

/** Readiness: does the CMS answer right now (bypassing the cache)? */
export async function cmsAnswers(): Promise<boolean> {
  const { status } = await exchange('helsesjekk', '/api/health', {
    service: false,
    timeoutMs: 2_000,
    quiet: true,
  })
  return status >= 200 && status < 300
}

/**
 * One submission delivered: what the CMS made of it (the submission contract). The form's last
 * resort when its disk fails; the outbox delivers through createSubmissions.
 */
export async function createSubmission(submission: SubmissionRequest): Promise<SubmissionOutcome> {
  const { status, body } = await exchange('ny innsending', submissionPath, {
    method: 'POST',
    body: submission,
    timeoutMs: 5_000,
  })
  return submissionOutcome(status, body)
}

/**
 * Many submissions delivered: what the CMS made of each, by idempotency key (the contract's
 * "Many at once"). Sent in as few batches as the CMS's limits on count and bytes allow, one after
 * another; a batch that failed as a whole leaves each of its keys unavailable.
 */
export async function createSubmissions(
  submissions: readonly SubmissionRequest[],
): Promise<Map<string, SubmissionOutcome>> {
  const outcomes = new Map<string, SubmissionOutcome>()
  for (const batch of submissionBatches(submissions)) {
    const { status, body } = await exchange('nye innsendinger', submissionBatchPath, {
      method: 'POST',
      body: { submissions: batch },
      // The CMS stores a whole batch in one transaction: more work per answer than one create.
      timeoutMs: 15_000,
    })
    const keys = batch.map((submission) => submission.idempotencyKey)
    for (const [key, outcome] of submissionBatchOutcomes(keys, status, body))
      outcomes.set(key, outcome)
  }
  return outcomes
}

/** `{"submissions":[]}`: a batch's bytes besides its items and the commas between them. */
const batchEnvelopeBytes = Buffer.byteLength(JSON.stringify({ submissions: [] }))

/**
 * Splits submissions into batches the CMS takes: at most submissionBatchMaxItems, and a JSON body
 * of at most submissionBatchMaxBytes (counted as `exchange` sends it). One submission alone always
 * fits (the form limits its fields), so it is never held back.
 */
function* submissionBatches(
  submissions: readonly SubmissionRequest[],
): Generator<SubmissionRequest[]> {
  let batch: SubmissionRequest[] = []
  let bytes = batchEnvelopeBytes
  for (const submission of submissions) {
    // Its JSON plus the comma before it (one too many for the first: a byte of margin).
    const itemBytes = Buffer.byteLength(JSON.stringify(submission)) + 1
    if (
      batch.length > 0 &&
      (batch.length >= submissionBatchMaxItems || bytes + itemBytes > submissionBatchMaxBytes)
    ) {
      yield batch
      batch = []
      bytes = batchEnvelopeBytes
    }
    batch.push(submission)
    bytes += itemBytes
  }
  if (batch.length > 0) yield batch
}

/**
 * Which of these idempotency keys the CMS holds (stored, or counted as a repeat). The outbox's
 * evidence that a delivery answered 201/409 was really stored; a COMMIT can fail after the answer.
 * Throws a CmsError when the CMS does not answer; the keys are asked again later.
 */
export async function settledSubmissions(keys: readonly string[]): Promise<Set<string>> {
  const settled = new Set<string>()
  for (let start = 0; start < keys.length; start += settledSubmissionsMaxKeys) {
    const { status, body } = await exchange('lagrede innsendinger', settledSubmissionsPath, {
      method: 'POST',
      body: { keys: keys.slice(start, start + settledSubmissionsMaxKeys) },
      timeoutMs: 5_000,
    })
    const outcome = readOutcome(settledSubmissionsResponseSchema, status, body)
    if (outcome.kind !== 'ok') throw new CmsError('lagrede innsendinger', outcome)
    for (const key of outcome.value.settled) settled.add(key)
  }
  return settled
}

/** Starts the double opt-in; the CMS answers alike for new, pending and confirmed addresses. */
export async function createSubscriber(email: string): Promise<SubscribeOutcome> {
  const { status } = await exchange('ny abonnent', newsletterPath('subscribe'), {
    method: 'POST',
    body: { email },
    timeoutMs: 5_000,
  })
  return subscribeOutcome(status)
}

/** The visitor pressed the button on the page a newsletter mail links to. */
export function confirmSubscriber(token: string): Promise<TokenOutcome<ConfirmResult>> {
  return tokenCall('confirm', token, confirmResultSchema)
}

export function unsubscribeSubscriber(token: string): Promise<TokenOutcome<UnsubscribeResult>> {
  return tokenCall('unsubscribe', token, unsubscribeResultSchema)
}

async function tokenCall<Result extends string>(
  endpoint: 'confirm' | 'unsubscribe',
  token: string,
  schema: z.ZodType<{ result: Result }>,
): Promise<TokenOutcome<Result>> {
  const { status, body } = await exchange(`nyhetsbrev ${endpoint}`, newsletterPath(endpoint), {
    method: 'POST',
    body: { token },
    timeoutMs: 5_000,
  })
  // 'invalid' is a result of both endpoints' schemas.
  return tokenOutcome(schema, status, body) as TokenOutcome<Result>
}
