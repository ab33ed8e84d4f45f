import type { PayloadRequest } from 'payload'

/**
 * Which of these idempotency keys the CMS holds: as a stored submission's key, or as the key of a
 * repeat counted on one. One query however many keys are asked.
 */
export async function heldKeys(req: PayloadRequest, keys: readonly string[]): Promise<Set<string>> {
  const asked = new Set(keys)
  if (asked.size === 0) return asked
  const { docs } = await req.payload.find({
    collection: 'form-submissions',
    where: {
      or: [{ idempotencyKey: { in: [...asked] } }, { 'repeatKeys.key': { in: [...asked] } }],
    },
    select: { idempotencyKey: true, repeatKeys: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const held = docs.flatMap((doc) => [
    doc.idempotencyKey,
    ...(doc.repeatKeys ?? []).map((repeat) => repeat.key),
  ])
  return new Set(held.filter((key): key is string => !!key && asked.has(key)))
}
