import { previewCollections, type PreviewCollection } from '@dk/shared'
import type { PayloadRequest } from 'payload'

import { assemblePageView, findViewPage } from '../collections/Pages/view'
import type { Page } from '../payload-types'

type Card = Exclude<PreviewCollection, 'pages'>
type Block = NonNullable<Page['layout']>[number]

/**
 * The page view a preview token opens, in the shape of GET /api/pages/view/:slug; null when there
 * is nothing to show. A token shows its own document's draft and nothing else unpublished that is
 * not part of it:
 * - a page: its latest draft, with every card's latest draft in its grids (the page as it will look);
 * - a card: the published page whose grid shows it (or the first with a grid of its kind), exactly as
 *   visitors see it, with only this card's draft put in its place.
 *
 * Reads with overrideAccess: the caller proved with a signed token that an editor opened this
 * document, and only public content collections are ever read.
 */
export async function previewView(req: PayloadRequest, collection: PreviewCollection, id: number) {
  if (collection === 'pages') {
    // The whole request is a page preview: populateGrids fills empty grids with the cards' drafts.
    req.context.preview = true
    const page = findViewPage(req, { id: { equals: id } }, { draft: true, overrideAccess: true })
    const view = await assemblePageView(req, page, { drafts: true })
    return view.page ? view : null
  }
  return cardPreview(req, collection, id)
}

async function cardPreview(req: PayloadRequest, collection: Card, id: number) {
  const [card] = (
    await req.payload.find({
      collection,
      where: { id: { equals: id } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })
  ).docs
  if (!card) return null
  // Published pages as visitors get them: grids filled with published cards only.
  const { docs: pages } = await req.payload.find({
    collection: 'pages',
    where: { _status: { equals: 'published' } },
    sort: 'createdAt',
    limit: 100,
    depth: 1,
    overrideAccess: false,
    req,
    select: { title: true, slug: true, layout: true, seo: true, updatedAt: true },
  })
  const blockType = previewCollections[collection]
  const isGrid = (block: Block) => block.blockType === blockType && 'items' in block
  const itemId = (item: unknown) =>
    typeof item === 'object' && item !== null ? (item as { id: unknown }).id : item
  const shows = (block: Block) =>
    isGrid(block) && Boolean((block as { items?: unknown[] }).items?.some((i) => itemId(i) === id))
  const page =
    pages.find((candidate) => candidate.layout?.some(shows)) ??
    pages.find((candidate) => candidate.layout?.some(isGrid))
  if (!page) return null

  let placed = false
  const layout = page.layout!.map((block): Block => {
    if (!isGrid(block) || placed) return block
    const items = ((block as { items?: unknown[] }).items ?? []) as unknown[]
    const at = items.findIndex((item) => itemId(item) === id)
    const anywhereElse = page.layout!.some(shows)
    if (at === -1 && anywhereElse) return block
    placed = true
    const withDraft =
      at === -1 ? [...items, card] : items.map((item, i) => (i === at ? card : item))
    return { ...block, items: withDraft } as Block
  })
  const view = await assemblePageView(req, Promise.resolve({ ...page, layout }))
  return view.page ? view : null
}
