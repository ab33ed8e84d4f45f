import type { PayloadRequest } from 'payload'

import type { GridCollection } from '../../fields/orderedCollection'
import type { Page } from '../../payload-types'

type Block = NonNullable<Page['layout']>[number]

const gridCollections = {
  problemCardGrid: 'problem-cards',
  contributionAreaGrid: 'contribution-areas',
  steps: 'onboarding-steps',
} as const satisfies Partial<Record<Block['blockType'], GridCollection>>

type GridType = keyof typeof gridCollections

const isAutomatic = (block: Block): block is Extract<Block, { blockType: GridType }> =>
  block.blockType in gridCollections && !('chooseItems' in block && block.chooseItems)

/**
 * A grid without «Velg … selv» shows the whole collection in its list order. Only the page view
 * (and its live preview) asks for this, never a read the admin or a REST client could save back:
 * a filled-in list saved as the page's choice would freeze the grid (issue 20).
 *
 * At most one query per collection. `draft` and `overrideAccess` are the page read's own: a
 * visitor never sees a draft card, the live preview sees every card's latest draft.
 */
export async function fillGrids<L extends Page['layout']>(
  req: PayloadRequest,
  layout: L,
  { draft, overrideAccess }: { draft: boolean; overrideAccess: boolean },
): Promise<L> {
  if (!layout?.length) return layout
  const wanted = new Set(layout.filter(isAutomatic).map((block) => block.blockType))
  const filled = new Map<GridType, unknown[]>()
  // One after another: inside a transaction they would share its single connection anyway.
  for (const type of wanted) {
    const { docs } = await req.payload.find({
      collection: gridCollections[type],
      sort: '_order',
      limit: 100,
      // 1: a problem card's image comes with it.
      depth: 1,
      draft,
      overrideAccess,
      req,
    })
    filled.set(type, docs)
  }
  return layout.map((block) =>
    isAutomatic(block) ? { ...block, items: filled.get(block.blockType) ?? [] } : block,
  ) as L
}
