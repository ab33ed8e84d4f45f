import type { Signup } from '@dk/shared'
import type { Payload, PayloadRequest } from 'payload'

import type { FormSubmission } from '../../../payload-types'

/** Identical submissions within this window are one submission sent twice. */
export const repeatWindowMs = 24 * 60 * 60 * 1000

/** What a repeat is recognised by, and what counting one on it needs. */
export type RecentSubmission = Pick<
  FormSubmission,
  'id' | 'name' | 'email' | 'message' | 'interests' | 'repeats' | 'repeatKeys'
>

/** The submissions from these (normalised) addresses within the window, oldest first: one query. */
export async function recentSubmissions(
  req: PayloadRequest,
  emails: readonly string[],
): Promise<RecentSubmission[]> {
  if (emails.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'form-submissions',
    where: {
      email: { in: [...new Set(emails)] },
      createdAt: { greater_than: new Date(Date.now() - repeatWindowMs).toISOString() },
    },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    select: {
      name: true,
      email: true,
      message: true,
      interests: true,
      repeats: true,
      repeatKeys: true,
    },
    overrideAccess: true,
    req,
  })
  return docs
}

const sameInterests = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n')

/** The same person (name and address, normalised) sending the same message and interests. */
export const isRepeatOf = (
  earlier: Pick<Signup, 'name' | 'email'> & {
    message?: string | null
    interests?: readonly string[] | null
  },
  form: Pick<Signup, 'name' | 'email' | 'message' | 'interests'>,
) =>
  earlier.name === form.name &&
  earlier.email === form.email &&
  // No message is stored as null; the form's schema gives undefined, or '' for an empty one.
  (earlier.message || null) === (form.message || null) &&
  sameInterests(earlier.interests ?? [], form.interests)

/**
 * Counts repeats on a stored submission: the count, when, and the repeats' own keys, in the same
 * write: delivered again, a repeat is answered 409 by its key without a second count, and web's
 * read-back finds it. With `req`, in its transaction (the batch); without, in a write of its own
 * (the single create, whose 409 rolls the request's transaction back).
 */
export async function countRepeats(
  payload: Payload,
  original: Pick<RecentSubmission, 'id' | 'repeats' | 'repeatKeys'>,
  keys: readonly string[],
  req?: PayloadRequest,
) {
  const stored = (original.repeatKeys ?? []).map(({ key }) => ({ key }))
  await payload.update({
    collection: 'form-submissions',
    id: original.id,
    data: {
      repeats: (original.repeats ?? 0) + Math.max(keys.length, 1),
      lastRepeatedAt: new Date().toISOString(),
      repeatKeys: [...stored, ...keys.map((key) => ({ key }))],
    },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
}
