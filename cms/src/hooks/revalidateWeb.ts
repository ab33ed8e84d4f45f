import {
  revalidationHeaders,
  revalidationPath,
  signRevalidation,
  type Revalidation,
} from '@dk/shared'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { env } from '../env'

type Versioned = {
  id: number | string
  _status?: 'draft' | 'published' | null
  slug?: string | null
}

let warnedUnconfigured = false

/**
 * Hooks run inside the request's database transaction, so web would read the old content if we
 * called it from the hook itself. Payload deletes `req.transactionID` once it has committed (or
 * rolled back); we wait for that. No transaction (scripts, tests) means nothing to wait for.
 */
function transactionEnded(req: PayloadRequest, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  return new Promise((resolve) => {
    const check = () =>
      req.transactionID === undefined || Date.now() > deadline ? resolve() : setTimeout(check, 5)
    check()
  })
}

/**
 * Tells web that published content changed, with a signed POST, so the site shows it within a
 * second. Best effort and in the background, so an editor's save never waits for the site: web
 * also re-fetches periodically, so a failed call only delays the change.
 */
function announce(req: PayloadRequest, change: Revalidation): void {
  if (req.context.seeding) return
  void transactionEnded(req).then(() => post(req, change))
}

async function post(req: PayloadRequest, change: Revalidation): Promise<void> {
  if (!env.WEB_URL || !env.REVALIDATE_SECRET) {
    if (!warnedUnconfigured)
      req.payload.logger.warn(
        'WEB_URL/REVALIDATE_SECRET mangler: nettsiden får ikke beskjed om endringer',
      )
    warnedUnconfigured = true
    return
  }
  const body = JSON.stringify(change)
  const timestamp = Date.now()
  try {
    const response = await fetch(new URL(revalidationPath, env.WEB_URL), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [revalidationHeaders.timestamp]: String(timestamp),
        [revalidationHeaders.signature]: await signRevalidation(
          env.REVALIDATE_SECRET,
          timestamp,
          body,
        ),
      },
      body,
      signal: AbortSignal.timeout(3_000),
    })
    if (!response.ok)
      req.payload.logger.warn(
        `Nettsiden svarte ${response.status} på revalidering av ${change.source}`,
      )
  } catch (error) {
    req.payload.logger.warn(
      { err: error },
      `Fikk ikke varslet nettsiden om endring i ${change.source}`,
    )
  }
}

/** Autosaved drafts change nothing the public sees; publishing and unpublishing do. */
const touchesPublished = (doc: Versioned, previous?: Versioned) =>
  doc._status !== 'draft' || previous?._status === 'published'

export const revalidateAfterChange: CollectionAfterChangeHook<Versioned> = async ({
  doc,
  previousDoc,
  req,
  collection,
}) => {
  if (touchesPublished(doc, previousDoc)) announce(req, { source: collection.slug, slug: doc.slug })
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook<Versioned> = async ({
  doc,
  req,
  collection,
}) => {
  announce(req, { source: collection.slug, slug: doc.slug })
  return doc
}

export const revalidateGlobalAfterChange: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  global,
}) => {
  if (touchesPublished(doc, previousDoc)) announce(req, { source: global.slug })
  return doc
}
