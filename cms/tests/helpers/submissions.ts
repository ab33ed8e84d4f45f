import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

/** A fresh, valid submission body as web sends it; every call a new person and a new key. */
export function submissionBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Kari Nordmann',
    email: `skjema-${randomUUID()}@test.invalid`,
    interests: [],
    message: 'Jeg vil gjerne bidra.',
    sourcePage: '/bygg-med-oss',
    idempotencyKey: randomUUID(),
    ...overrides,
  }
}

/** Every stored submission from this address, oldest first. */
export async function storedFor(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'form-submissions',
    where: { email: { equals: email.toLowerCase() } },
    sort: 'createdAt',
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

export async function deleteSubmissionsOf(payload: Payload, emails: string[]) {
  if (emails.length === 0) return
  await payload.delete({
    collection: 'form-submissions',
    where: { email: { in: emails.map((email) => email.toLowerCase()) } },
    overrideAccess: true,
  })
}
