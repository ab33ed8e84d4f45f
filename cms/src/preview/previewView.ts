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
  const pageId = collection === 'pages' ? id : await pageShowing(req, collection, id)
  if (pageId === undefined) return null
  // Every draft: the page's, and the cards' in grids that show them all.
  const access = { draft: true, overrideAccess: true }
  const page = findViewPage(req, { id: { equals: pageId } }, access)
  const view = await assemblePageView(req, page, access)
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
  // A grid without a choice of its own shows every card of its collection (fillGrids).
  const shows = (block: NonNullable<Page['layout']>[number]) =>
    block.blockType === blockType &&
    'items' in block &&
    (!block.chooseItems ||
      Boolean(block.items?.some((item) => (typeof item === 'object' ? item.id : item) === id)))
  return pages.docs.find((page) => page.layout?.some(shows))?.id
}
