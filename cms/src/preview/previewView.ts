import { previewCollections, type PreviewCollection } from '@dk/shared'
import type { PayloadRequest } from 'payload'

import { fillGrids } from '../collections/Pages/fillGrids'
import { assemblePageView, findViewPage } from '../collections/Pages/view'
import type { Page } from '../payload-types'

type Card = Exclude<PreviewCollection, 'pages' | 'site-settings'>
type Block = NonNullable<Page['layout']>[number]

/**
 * The page view a preview token opens, in the shape of GET /api/pages/view/:slug; null when there
 * is nothing to show. A token shows its own document's draft and nothing else unpublished that is
 * not part of it:
 * - a page: its latest draft, with every card's latest draft in its grids (the page as it will look);
 * - a card: the published page whose grid shows it (or the first with a grid of its kind), exactly as
 *   visitors see it, with only this card's draft put in its place;
 * - the site settings (the id is a page's): that published page as visitors see it, with the latest
 *   draft of the settings (menu, footer, texts).
 *
 * Reads with overrideAccess only where the token allows it: the caller proved with a signed token
 * that an editor opened this document, and only public content collections are ever read.
 */
export async function previewView(req: PayloadRequest, collection: PreviewCollection, id: number) {
  if (collection === 'pages') {
    // Every draft: the page's, and the cards' in grids that show them all.
    const access = { draft: true, overrideAccess: true }
    const page = findViewPage(req, { id: { equals: id } }, access)
    const view = await assemblePageView(req, page, access)
    return view.page ? view : null
  }
  if (collection === 'site-settings') {
    const page = findViewPage(req, { id: { equals: id } }, published)
    const view = await assemblePageView(req, page, published, { draft: true, overrideAccess: true })
    return view.page ? view : null
  }
  return cardPreview(req, collection, id)
}

/** What visitors get: published pages, cards and settings only. */
const published = { draft: false, overrideAccess: false }

const itemId = (item: unknown) =>
  typeof item === 'object' && item !== null ? (item as { id: unknown }).id : item

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
  const { docs: pages } = await req.payload.find({
    collection: 'pages',
    where: { _status: { equals: 'published' } },
    sort: 'createdAt',
    limit: 100,
    depth: 1,
    ...published,
    req,
    select: { title: true, slug: true, layout: true, seo: true, updatedAt: true },
  })
  const blockType = previewCollections[collection]
  const isGrid = (block: Block) => block.blockType === blockType && 'items' in block
  const items = (block: Block) => ((block as { items?: unknown[] }).items ?? []) as unknown[]
  // A grid without «Velg … selv» shows every card of its collection, this one included.
  const shows = (block: Block) =>
    isGrid(block) &&
    (!(block as { chooseItems?: boolean | null }).chooseItems ||
      items(block).some((item) => itemId(item) === id))
  const page =
    pages.find((candidate) => candidate.layout?.some(shows)) ??
    pages.find((candidate) => candidate.layout?.some(isGrid))
  if (!page) return null

  // The grids as visitors see them, then this card's draft in its place (or added to the first
  // grid of its kind when it is new). Marked as chosen so the page view does not fill them again.
  const filled = (await fillGrids(req, page.layout, published)) ?? []
  const holdsCard = (block: Block) => isGrid(block) && items(block).some((i) => itemId(i) === id)
  const anywhere = filled.some(holdsCard)
  let placed = false
  const layout = filled.map((block): Block => {
    if (!isGrid(block)) return block
    const chosen = { ...block, chooseItems: true } as Block
    if (placed || (anywhere && !holdsCard(block))) return chosen
    placed = true
    const list = items(block)
    const at = list.findIndex((item) => itemId(item) === id)
    const withDraft = at === -1 ? [...list, card] : list.map((item, i) => (i === at ? card : item))
    return { ...chosen, items: withDraft } as Block
  })
  const view = await assemblePageView(req, Promise.resolve({ ...page, layout }), published)
  return view.page ? view : null
}
