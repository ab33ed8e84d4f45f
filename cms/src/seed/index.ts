import { readFile } from 'node:fs/promises'

import type { Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { contributionAreas } from './content/contributionAreas'
import type { SeedImage } from './content/images'
import { onboardingSteps } from './content/onboardingSteps'
import { pages, type SeedPage } from './content/pages'
import { problemCards } from './content/problemCards'
import { siteSettings } from './content/siteSettings'

type SeedOptions = {
  /** API key for web's service user; without it no service user is created. */
  serviceApiKey?: string
  /** A first administrator, when the operator provides one. */
  admin?: { email: string; password: string }
}

/**
 * Loads the seed copy into an empty or partly seeded database. Idempotent: documents are found
 * by their seed key (pages by their slug) and never created twice; documents that exist, and
 * settings an editor has saved, are left as editors left them.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<void> {
  // One at a time: the list order of the cards, areas and steps is the order of creation.
  for (const card of problemCards) {
    await createUnlessFound(payload, 'problem-cards', card, bySeedKey(card))
  }
  for (const area of contributionAreas) {
    await createUnlessFound(payload, 'contribution-areas', area, bySeedKey(area))
  }
  for (const step of onboardingSteps) {
    await createUnlessFound(payload, 'onboarding-steps', step, bySeedKey(step))
  }
  for (const page of pages) {
    const where: Where = { slug: { equals: page.slug } }
    const { totalDocs } = await payload.count({ collection: 'pages', where, overrideAccess: true })
    // Its images are uploaded only for a page about to be created, never for one that exists.
    if (totalDocs === 0)
      await createUnlessFound(payload, 'pages', await withImages(payload, page), where)
  }
  await fillSiteSettingsOnce(payload)
  if (options.admin) await ensureAdmin(payload, options.admin)
  await ensureServiceUser(payload, options.serviceApiKey)
}

type SeededCollection = 'pages' | 'problem-cards' | 'contribution-areas' | 'onboarding-steps'

const bySeedKey = ({ seedKey }: { seedKey: string }): Where => ({ seedKey: { equals: seedKey } })

/** Creates a published document unless one matches `where`; drafts count as found. */
async function createUnlessFound<T extends SeededCollection>(
  payload: Payload,
  collection: T,
  data: RequiredDataFromCollectionSlug<T>,
  where: Where,
) {
  const { totalDocs } = await payload.count({ collection, where, overrideAccess: true })
  if (totalDocs > 0) return
  await payload.create({
    collection,
    data: { ...data, _status: 'published' },
    overrideAccess: true,
  })
}

/** The page with each seed image uploaded (or found, from an earlier run) and named by its id. */
async function withImages(payload: Payload, page: SeedPage) {
  const layout = []
  for (const block of page.layout)
    layout.push(
      block.blockType === 'image'
        ? { ...block, image: await uploadOnce(payload, block.image) }
        : block,
    )
  return { ...page, layout }
}

async function uploadOnce(payload: Payload, { file, alt }: SeedImage): Promise<number> {
  // Stored as WebP (formatOptions on the media collection), with a number added to the name when
  // a file of that name is in the media folder already: found by the name without its extension.
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { like: file.replace(/\.\w+$/, '') } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0].id
  const data = await readFile(new URL(`./images/${file}`, import.meta.url))
  const media = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: file, size: data.length },
    overrideAccess: true,
  })
  return media.id
}

/** Fills the settings only while they have never been saved (the site name is required). */
async function fillSiteSettingsOnce(payload: Payload) {
  const current = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
  })
  if (current.siteName) return
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { ...siteSettings, _status: 'published' },
    overrideAccess: true,
  })
}

const serviceEmail = 'web-service@datakollektivet.invalid'

async function ensureServiceUser(payload: Payload, apiKey: string | undefined) {
  if (!apiKey) return
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: serviceEmail } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const data = {
    name: 'web (tjenestebruker)',
    roles: ['service' as const],
    enableAPIKey: true,
    apiKey,
  }
  const user =
    docs[0] ??
    (await payload.create({
      collection: 'users',
      // A machine account logs in only with its API key; the password is random and never used.
      data: { ...data, email: serviceEmail, password: crypto.randomUUID() + crypto.randomUUID() },
      overrideAccess: true,
    }))
  // Updated even right after creating it: firstUserIsAdmin makes the first account of an empty
  // database an administrator, and web's API key must never carry admin rights.
  await payload.update({
    collection: 'users',
    id: user.id,
    data,
    overrideAccess: true,
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
  })
}
