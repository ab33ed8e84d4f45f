import { previewPath, signPreviewToken, type PreviewCollection } from '@dk/shared'
import type { CollectionAdminOptions } from 'payload'

import { isEditor } from '../access/roles'
import { env } from '../env'
import { previewSecret } from './secret'

/**
 * The admin's live preview: the real page from web beside the editor, at a phone's and a laptop's
 * width. The link carries a signed token for this one document; it is minted here, on the server,
 * for an editor's request only.
 */
export function livePreview(
  collection: PreviewCollection,
): NonNullable<CollectionAdminOptions['livePreview']> {
  return {
    breakpoints: [
      { name: 'mobile', label: 'Mobil', width: 375, height: 667 },
      { name: 'desktop', label: 'PC', width: 1280, height: 800 },
    ],
    url: async ({ data, req }) => {
      const id = data?.id as number | string | undefined
      if (id === undefined || !isEditor(req.user)) return null
      const token = await signPreviewToken(previewSecret(), collection, id)
      return new URL(previewPath(collection, id, token), env.WEB_PUBLIC_URL).href
    },
  }
}
