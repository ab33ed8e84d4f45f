import type { Payload } from 'payload'

import { problemCards } from './content/problemCards'

/** Lets hooks tell seed writes apart (no revalidation calls, no notifications). */
export const seedContext = { seeding: true } as const

type SeedOptions = {
  /** API key for web's service user; without it no service user is created. */
  serviceApiKey?: string
  /** A first administrator, when the operator provides one. */
  admin?: { email: string; password: string }
}

/**
 * Loads the seed copy into an empty or partly seeded database. Idempotent: documents are found
 * by their seed key and never created twice; documents that exist are left as editors left them.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<void> {
  for (const card of problemCards) {
    await createMissing(payload, 'problem-cards', card)
  }
  await ensureServiceUser(payload, options.serviceApiKey)
  if (options.admin) await ensureAdmin(payload, options.admin)
}

async function createMissing(
  payload: Payload,
  collection: 'problem-cards',
  data: (typeof problemCards)[number],
) {
  const existing = await payload.find({
    collection,
    where: { seedKey: { equals: data.seedKey } },
    limit: 1,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return
  await payload.create({
    collection,
    data: { ...data, _status: 'published' },
    overrideAccess: true,
    context: seedContext,
  })
}

const serviceEmail = 'web-service@datakollektivet.invalid'

async function ensureServiceUser(payload: Payload, apiKey: string | undefined) {
  if (!apiKey) return
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: serviceEmail } },
    limit: 1,
    overrideAccess: true,
  })
  const data = {
    name: 'web (tjenestebruker)',
    roles: ['service' as const],
    enableAPIKey: true,
    apiKey,
  }
  if (docs[0]) {
    await payload.update({
      collection: 'users',
      id: docs[0].id,
      data,
      overrideAccess: true,
      context: seedContext,
    })
    return
  }
  await payload.create({
    collection: 'users',
    // A machine account logs in only with its API key; the password is random and never used.
    data: { ...data, email: serviceEmail, password: crypto.randomUUID() + crypto.randomUUID() },
    overrideAccess: true,
    context: seedContext,
  })
}

async function ensureAdmin(payload: Payload, admin: { email: string; password: string }) {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: admin.email } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'users',
    data: { email: admin.email, password: admin.password, roles: ['admin'], name: 'Administrator' },
    overrideAccess: true,
    context: seedContext,
  })
}
