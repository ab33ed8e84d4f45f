/**
 * A sign-up ("Bygg med oss") on its way from web to the CMS: POST /api/form-submissions as web's
 * service user, with the form's fields plus `sourcePage` and an `idempotencyKey` (a UUID web makes
 * once per submission and keeps in its outbox file, so a delivery can be repeated safely).
 *
 * web's outbox sends them many at a time (POST /api/form-submissions/batch, "Many at once" below),
 * with one such answer per submission; the single create answers the same for one.
 *
 * What the CMS answers, and what web does then (submissionOutcome below):
 * - 201 stored: web keeps its outbox copy until the read-back (POST /api/form-submissions/settled)
 *   lists the key, then deletes it. A 201 alone is no proof: the CMS's COMMIT can still fail.
 * - 409 already stored: the same idempotency key was stored before (an outbox retry after a
 *   timeout or a restart), or the same person sent the same thing within a day (counted as a
 *   repeat on the original). Web treats it exactly like 201: a success, settled by the read-back.
 * - 400 refused, with the fields named: web moves the entry to the outbox's rejected/ folder for an
 *   operator and never retries it (a retry would be refused again).
 * - Anything else (5xx, 429, 401/403, a network error, a timeout): unavailable. The entry stays in
 *   pending/ and web tries again later with backoff.
 */
import { z } from 'zod'

import { emailAddress } from '../email.ts'

/** Why a field was refused: web's form shows its own text for each code (the site settings'), the CMS
 * its own message. */
export type SignupErrorCode = 'required' | 'email' | 'tooLong' | 'interests'

export const signupLimits = {
  name: 200,
  email: 254,
  message: 5000,
  interests: 20,
  interestKey: 60,
} as const

// Control characters (NUL and friends) never belong in a name, an address or a message; tabs and
// line breaks do.
const isControlCharacter = (character: string) => {
  const code = character.codePointAt(0) ?? 0
  return (code < 0x20 && !['\t', '\n', '\r'].includes(character)) || code === 0x7f
}
const withoutControlCharacters = (value: string) =>
  Array.from(value)
    .filter((character) => !isControlCharacter(character))
    .join('')

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .transform(withoutControlCharacters)
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().max(max, { error: 'tooLong' }))

/**
 * The "Bygg med oss" form, enforced twice: in web's form action and in the CMS, so a direct REST
 * call is held to the same rules. `interestKeys` are the contribution areas' keys from the CMS.
 */
export function signupSchema(interestKeys: readonly string[]) {
  const allowed = new Set(interestKeys)
  return z.strictObject({
    name: text(signupLimits.name).pipe(z.string().min(1, { error: 'required' })),
    email: text(signupLimits.email)
      .pipe(z.string().min(1, { error: 'required' }))
      .pipe(emailAddress())
      .transform((email) => email.toLowerCase()),
    interests: z
      .array(
        z.string({ error: 'interests' }).max(signupLimits.interestKey, { error: 'interests' }),
        { error: 'interests' },
      )
      .max(signupLimits.interests, { error: 'interests' })
      .refine((keys) => keys.every((key) => allowed.has(key)), { error: 'interests' })
      .transform((keys) => [...new Set(keys)])
      .default([]),
    message: text(signupLimits.message).optional(),
  })
}

export type Signup = z.infer<ReturnType<typeof signupSchema>>
export type SignupField = keyof Signup

/** The first problem per field, as codes. */
export function signupErrors(
  error: z.ZodError,
): Partial<Record<SignupField | 'form', SignupErrorCode>> {
  const errors: Partial<Record<SignupField | 'form', SignupErrorCode>> = {}
  for (const issue of error.issues) {
    const field = (typeof issue.path[0] === 'string' ? issue.path[0] : 'form') as
      SignupField | 'form'
    const code =
      (['required', 'email', 'tooLong', 'interests'] as const).find((c) => c === issue.message) ??
      'required'
    errors[field] ??= code
  }
  return errors
}

// --- Delivery: what web adds to the form's fields ---------------------------------------------

/** The endpoint: Payload's own create on the form-submissions collection. */
export const submissionPath = '/api/form-submissions'

/**
 * One submission's retry key: a UUID as `crypto.randomUUID()` makes it, lower-case. The outbox
 * names its files by it, so nothing else may ever be one. (The CMS accepted any `[\w-]{8,100}`
 * before; web never sent anything but such UUIDs, so every entry already on disk still fits.)
 */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)

export const newIdempotencyKey = (): string => crypto.randomUUID()

/**
 * The delivery fields as the CMS checks them. Optional there: an admin creating a submission by
 * hand has neither; web always sends both (SubmissionRequest).
 */
export const submissionDeliverySchema = z.object({
  /** Where the form was sent from: a path on the site. */
  sourcePage: z
    .string()
    .max(200)
    .regex(/^\/[^\p{Cc}]*$/u)
    .optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
})

/** The body web posts, and what its outbox keeps on disk for each accepted submission. */
export type SubmissionRequest = Signup & { sourcePage: string; idempotencyKey: string }

// --- The answer ----------------------------------------------------------------------------------

/** The statuses the CMS answers with (201 and 400 are Payload's own create and ValidationError). */
export const submissionStatus = { stored: 201, alreadyStored: 409, refused: 400 } as const

/** What web makes of the CMS's answer; see the top of this file. */
export type SubmissionOutcome =
  | { kind: 'stored' }
  | { kind: 'alreadyStored' }
  /** `fields`: the refused fields' names (never their values), for the log. */
  | { kind: 'refused'; fields: string[] }
  | { kind: 'unavailable'; status: number }

/** Payload's ValidationError body: `{ errors: [{ data: { errors: [{ path, message }] } }] }`. */
const refusalSchema = z.object({
  errors: z.array(
    z.object({
      data: z.object({ errors: z.array(z.object({ path: z.string() })) }).nullish(),
    }),
  ),
})

/**
 * Looks like a field's name: the CMS names a refused field back only then ("form" for anything
 * else), and web passes on only such names; never a value (a key sent could be anything, an email
 * address too).
 */
export const isFieldName = (name: string) => /^[A-Za-z_]\w{0,40}$/.test(name)

export function submissionOutcome(status: number, body: unknown): SubmissionOutcome {
  if (status === submissionStatus.stored) return { kind: 'stored' }
  if (status === submissionStatus.alreadyStored) return { kind: 'alreadyStored' }
  if (status === submissionStatus.refused) {
    const parsed = refusalSchema.safeParse(body)
    const paths = parsed.success
      ? parsed.data.errors.flatMap((error) => error.data?.errors.map((field) => field.path) ?? [])
      : []
    return { kind: 'refused', fields: [...new Set(paths.filter(isFieldName))] }
  }
  return { kind: 'unavailable', status }
}

// --- The read-back ---------------------------------------------------------------------------------
// Which of these idempotency keys does the CMS hold? A 201 alone is not proof (a COMMIT can fail
// after it), so web deletes its outbox copy only for keys the CMS lists here. Keys only, in both
// directions: no personal data. 200 with `{ settled }`; anything else: web asks again later.

/** Endpoint path under the CMS's /api, mounted on the form-submissions collection. */
export const settledSubmissionsPath = '/api/form-submissions/settled'
export const settledSubmissionsEndpointPath = '/settled'

/** Keys per request; web splits longer lists. Keeps a request under the CMS's 2 KB body limit. */
export const settledSubmissionsMaxKeys = 40

export const settledSubmissionsRequestSchema = z.strictObject({
  keys: z.array(idempotencyKeySchema).min(1).max(settledSubmissionsMaxKeys),
})

/**
 * The asked keys the CMS holds: stored as a submission, or counted as a repeat of one (the
 * same person sending the same thing again, which is stored once, on the original).
 */
export const settledSubmissionsResponseSchema = z.object({ settled: z.array(z.string()) })

// --- Many at once ------------------------------------------------------------------------------
// What web's outbox uses: POST /api/form-submissions/batch `{ submissions: [...] }` as the service
// user stores every submission it can in ONE transaction and answers, after the COMMIT, with one
// result per idempotency key: the same 201 / 409 / 400 each would have got alone, with the same
// guarantees (exactly once by key, repeats counted on the original, nothing partial). A burst
// costs the CMS one round of set-based checks instead of one request per sign-up.
// Anything but 200 with a body that fits (5xx, a timeout, a 413): no submission of the batch is
// known to be stored; web delivers them again later (the keys make that safe). A key missing from
// the results is treated alike. The read-back (settledSubmissionsPath) still decides what web may
// delete: a batch is at most settledSubmissionsMaxKeys long, so one read-back covers it.

export const submissionBatchPath = '/api/form-submissions/batch'
export const submissionBatchEndpointPath = '/batch'

/** Submissions per batch: one read-back covers a batch. */
export const submissionBatchMaxItems = settledSubmissionsMaxKeys

/**
 * Bytes of a batch's JSON body, at most. One submission is at most about 6 KB (a 5,000 character
 * message, mostly), so a full batch of long messages is split by web into several.
 */
export const submissionBatchMaxBytes = 256 * 1024

/**
 * The request. Each item is what the single create takes (SubmissionRequest); only its key is
 * checked here, so a batch is refused whole only when it cannot be answered per key. Every other
 * rule is the single create's, per item (400 with the fields named).
 */
export const submissionBatchRequestSchema = z.strictObject({
  submissions: z
    .array(z.looseObject({ idempotencyKey: idempotencyKeySchema }))
    .min(1)
    .max(submissionBatchMaxItems),
})

/** One item's result: the status the single create would have answered. */
export const submissionBatchResultSchema = z.object({
  idempotencyKey: z.string(),
  status: z.union([
    z.literal(submissionStatus.stored),
    z.literal(submissionStatus.alreadyStored),
    z.literal(submissionStatus.refused),
  ]),
  /** With 400: the refused fields' names, never their values. */
  fields: z.array(z.string()).optional(),
})

export const submissionBatchResponseSchema = z.object({
  results: z.array(submissionBatchResultSchema),
})

export type SubmissionBatchResult = z.infer<typeof submissionBatchResultSchema>

/**
 * What web makes of the answer to a batch: an outcome for each key sent. Keys the CMS did not
 * answer for, and every key when the batch as a whole failed, are `unavailable`.
 */
export function submissionBatchOutcomes(
  keys: readonly string[],
  status: number,
  body: unknown,
): Map<string, SubmissionOutcome> {
  const outcomes = new Map<string, SubmissionOutcome>()
  const parsed = status === 200 ? submissionBatchResponseSchema.safeParse(body) : undefined
  const results = new Map(
    parsed?.success ? parsed.data.results.map((result) => [result.idempotencyKey, result]) : [],
  )
  for (const key of keys) {
    const result = results.get(key)
    outcomes.set(
      key,
      !result
        ? { kind: 'unavailable', status }
        : result.status === submissionStatus.refused
          ? {
              kind: 'refused',
              fields: (result.fields ?? []).filter(isFieldName),
            }
          : result.status === submissionStatus.stored
            ? { kind: 'stored' }
            : { kind: 'alreadyStored' },
    )
  }
  return outcomes
}
