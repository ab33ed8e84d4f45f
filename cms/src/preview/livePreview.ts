import { previewPath, signPreviewToken, type PreviewCollection } from '@dk/shared'
import type { CollectionAdminOptions, GlobalAdminOptions, PayloadRequest } from 'payload'

import { isEditor } from '../access/roles'
import { env } from '../env'
import { previewSecret } from './secret'

/**
 * The admin's live preview: the real page from web beside the editor, at a phone's and a laptop's
 * width. The link carries a signed token for this one document; it is minted here, on the server,
 * for an editor's request only.
 */
export function livePreview(
  collection: Exclude<PreviewCollection, 'site-settings'>,
): NonNullable<CollectionAdminOptions['livePreview']> {
  return {
    breakpoints,
    url: async ({ data, req }) => {
      const id = data?.id as number | string | undefined
      if (id === undefined || !isEditor(req.user)) return null
      return previewUrl(collection, id)
    },
  }
}

/** The page the site settings are previewed on: the front page, the one every visitor sees. */
export const settingsPreviewSlug = 'forside'

/**
 * The site settings' live preview: the published front page (any published page if it is gone)
 * with the settings' latest draft, so the menu, the footer and the texts are seen before they are
 * published. The token names the page it shows.
 */
export function settingsLivePreview(): NonNullable<GlobalAdminOptions['livePreview']> {
  return {
    breakpoints,
    url: async ({ req }) => {
      if (!isEditor(req.user)) return null
      const id = await settingsPreviewPage(req)
      return id === null ? null : previewUrl('site-settings', id)
    },
  }
}

const breakpoints = [
  { name: 'mobile', label: 'Mobil', width: 375, height: 667 },
  { name: 'desktop', label: 'PC', width: 1280, height: 800 },
]

async function previewUrl(collection: PreviewCollection, id: number | string) {
  const token = await signPreviewToken(previewSecret(), collection, id)
  return new URL(previewPath(collection, id, token), env.WEB_PUBLIC_URL).href
}

async function settingsPreviewPage(req: PayloadRequest): Promise<number | null> {
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { _status: { equals: 'published' } },
    // The front page first, else the oldest page.
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
    select: { slug: true },
  })
  const page = docs.find((doc) => doc.slug === settingsPreviewSlug) ?? docs[0]
  return page?.id ?? null
}
