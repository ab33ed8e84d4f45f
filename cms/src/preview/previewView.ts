import { previewCollections, type PreviewCollection } from '@dk/shared'
import type { PayloadRequest } from 'payload'

import { assemblePageView, findViewPage } from '../collections/Pages/view'
import type { Page } from '../payload-types'

/**
 * The page view of a document's latest draft, in the shape of GET /api/pages/view/:slug. A card
 * has no page of its own: its preview is the first page whose grid shows it, with every card's
 * latest draft, so the editor sees the card where visitors will. Null when there is nothing to show.
 *
 * Reads with overrideAccess: the caller proved with a signed token that an editor opened this
 * document, and only public content collections are ever read.
 */
export async function previewView(req: PayloadRequest, collection: PreviewCollection, id: number) {
  // The whole request is a preview: populateGrids fills empty grids with the cards' drafts too.
  req.context.preview = true
  const pageId = collection === 'pages' ? id : await pageShowing(req, collection, id)
  if (pageId === undefined) return null
  const page = findViewPage(req, { id: { equals: pageId } }, { draft: true, overrideAccess: true })
  const view = await assemblePageView(req, page, { drafts: true })
  return view.page ? view : null
}

type Card = Exclude<PreviewCollection, 'pages'>

async function pageShowing(
  req: PayloadRequest,
  collection: Card,
  id: number,
): Promise<number | undefined> {
  const card = await req.payload.count({
    collection,
    where: { id: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (!card.totalDocs) return undefined
  const pages = await req.payload.find({
    collection: 'pages',
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { layout: true },
  })
  const blockType = previewCollections[collection]
  // Empty grids come back filled with the whole collection (populateGrids), drafts included.
  const shows = (block: NonNullable<Page['layout']>[number]) =>
    block.blockType === blockType &&
    'items' in block &&
    Boolean(block.items?.some((item) => (typeof item === 'object' ? item.id : item) === id))
  return pages.docs.find((page) => page.layout?.some(shows))?.id
}
