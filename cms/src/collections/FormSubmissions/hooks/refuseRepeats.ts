import type { CollectionBeforeValidateHook, Payload } from 'payload'

import type { FormSubmission } from '../../../payload-types'
import { AlreadySubmitted } from '../alreadySubmitted'

/** Identical submissions within this window are one submission sent twice. */
export const repeatWindowMs = 24 * 60 * 60 * 1000

const sameInterests = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n')

/**
 * A submission is stored once. A retry with an idempotency key already stored, and the same name,
 * address, interests and message again within a day, are answered 409 and stored no second time;
 * a repeat is counted on the original instead, so recruiters see that the person tried again.
 * Runs after enforceSignupRules, on the normalised values.
 */
export const refuseRepeats: CollectionBeforeValidateHook<FormSubmission> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  if (data.idempotencyKey) {
    const sameKey = await req.payload.count({
      collection: 'form-submissions',
      where: { idempotencyKey: { equals: data.idempotencyKey } },
      overrideAccess: true,
      req,
    })
    if (sameKey.totalDocs > 0) throw new AlreadySubmitted()
  }
  if (!data.name || !data.email) return data
  const recent = await req.payload.find({
    collection: 'form-submissions',
    where: {
      email: { equals: data.email },
      name: { equals: data.name },
      createdAt: { greater_than: new Date(Date.now() - repeatWindowMs).toISOString() },
    },
    sort: 'createdAt',
    limit: 50,
    depth: 0,
    select: { message: true, interests: true, repeats: true },
    overrideAccess: true,
    req,
  })
  const original = recent.docs.find(
    (doc) =>
      (doc.message ?? null) === (data.message ?? null) &&
      sameInterests(doc.interests ?? [], data.interests ?? []),
  )
  if (!original) return data
  await countRepeat(req.payload, original.id, original.repeats ?? 0)
  throw new AlreadySubmitted()
}

/**
 * Outside the request's transaction on purpose: the 409 that follows rolls that one back, and the
 * count must stay. Two repeats at the same instant may count as one; nothing is stored twice.
 */
async function countRepeat(payload: Payload, id: number, repeats: number) {
  await payload.update({
    collection: 'form-submissions',
    id,
    data: { repeats: repeats + 1, lastRepeatedAt: new Date().toISOString() },
    overrideAccess: true,
    context: { repeatCounted: true },
  })
}
