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
      where: {
        or: [
          { idempotencyKey: { equals: data.idempotencyKey } },
          { 'repeatKeys.key': { equals: data.idempotencyKey } },
        ],
      },
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
    select: { message: true, interests: true, repeats: true, repeatKeys: true },
    overrideAccess: true,
    req,
  })
  const original = recent.docs.find(
    (doc) =>
      (doc.message ?? null) === (data.message ?? null) &&
      sameInterests(doc.interests ?? [], data.interests ?? []),
  )
  if (!original) return data
  await countRepeat(req.payload, original, data.idempotencyKey)
  throw new AlreadySubmitted()
}

/**
 * Outside the request's transaction on purpose: the 409 that follows rolls that one back, and the
 * count must stay. The repeat's own key is kept with the count, in the same write: delivered again,
 * it is answered 409 by key above without a second count, and web's read-back finds it. Two
 * repeats at the same instant may count as one; nothing is stored twice.
 */
async function countRepeat(
  payload: Payload,
  original: Pick<FormSubmission, 'id' | 'repeats' | 'repeatKeys'>,
  key: string | null | undefined,
) {
  const keys = (original.repeatKeys ?? []).map(({ key }) => ({ key }))
  await payload.update({
    collection: 'form-submissions',
    id: original.id,
    data: {
      repeats: (original.repeats ?? 0) + 1,
      lastRepeatedAt: new Date().toISOString(),
      ...(key ? { repeatKeys: [...keys, { key }] } : {}),
    },
    overrideAccess: true,
  })
}
