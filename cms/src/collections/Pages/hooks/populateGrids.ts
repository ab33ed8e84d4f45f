import type { CollectionAfterReadHook, PayloadRequest, RequestContext } from 'payload'

import { isEditor } from '../../../access/roles'
import type { Page } from '../../../payload-types'

type Block = NonNullable<Page['layout']>[number]

/**
 * A grid block with no chosen items shows the whole collection in its list order, so a page view
 * stays one request for web. At most one query per collection, run with the reader's own access
 * (a visitor never sees a draft card), and not when a REST call asks for `depth=0` (ids only).
 */
export const populateGrids: CollectionAfterReadHook<Page> = async ({ doc, req, context }) => {
  if (!doc.layout?.length || req.query?.depth === '0' || context.skipGridPopulation) return doc
  const isEmpty = (block: Block) => 'items' in block && !block.items?.length
  const needs = (type: Block['blockType']) =>
    doc.layout!.some((b) => b.blockType === type && isEmpty(b))

  // One after another: during a save they share the transaction's single connection.
  const cards = needs('problemCardGrid') ? await all(req, context, 'problem-cards') : undefined
  const areas = needs('contributionAreaGrid')
    ? await all(req, context, 'contribution-areas')
    : undefined
  const steps = needs('steps') ? await all(req, context, 'onboarding-steps') : undefined

  const layout = doc.layout.map((block): Block => {
    if (!isEmpty(block)) return block
    switch (block.blockType) {
      case 'problemCardGrid':
        return { ...block, items: cards?.docs ?? [] }
      case 'contributionAreaGrid':
        return { ...block, items: areas?.docs ?? [] }
      case 'steps':
        return { ...block, items: steps?.docs ?? [] }
      default:
        return block
    }
  })
  return { ...doc, layout }
}

function all<T extends 'problem-cards' | 'contribution-areas' | 'onboarding-steps'>(
  req: PayloadRequest,
  context: RequestContext,
  collection: T,
) {
  // The live preview (a signed token, see endpoints/preview.ts) shows every card's latest draft.
  const preview = context.preview === true
  return req.payload.find({
    collection,
    sort: '_order',
    limit: 100,
    depth: 0,
    // Editors may ask for drafts; access still decides whether the reader may see them.
    draft: preview || (req.query?.draft === 'true' && isEditor(req.user)),
    overrideAccess: preview,
    // No context flag here: card collections have no grids, and a context given with a shared req
    // stays on that req, so it would stop the request's later pages from being filled.
    req,
  })
}
