// The CMS tells every web replica that published content changed: a server-sent-events stream
// (`GET changesStreamPath`) that web's service user holds open (`Authorization: users API-Key …`,
// as every other call of web's). The events come from PostgreSQL: triggers on the content tables
// NOTIFY `changesChannel` inside the writing transaction, so an event exists only once its
// transaction committed, and every CMS process LISTENs, so it does not matter which one web holds.
//
// Events, in commit order:
//   event: ready    the CMS listens; anything committed from now on will be sent. Sent first on
//                   every connection: events before it may have been missed, so fetch everything.
//   event: change   data: a `ChangeEvent` (JSON), one published row changed.
//   event: reset    the CMS's own connection to PostgreSQL was lost and is back: events may have
//                   been missed meanwhile, so fetch everything.
//   `: ping` comment lines every `changesHeartbeatMs`, so proxies keep the stream open and web can
//   tell a silent, dead connection from a quiet one.
// Answers: 200 text/event-stream; 401 without a key, 403 for a user that is not the service user
// (or an admin); 503 while the CMS cannot listen to PostgreSQL (retry later).
import { z } from 'zod'

export const changesStreamPath = '/api/changes/stream'

/** The PostgreSQL channel the triggers notify on (cms/src/migrations/…_change_notify.ts). */
export const changesChannel = 'dk_content_changes'

export const changesHeartbeatMs = 15_000

/**
 * One published change: the collection (or global) slug, the row's id and, for collections that
 * have one, its slug (null for a global, or when the slug is unknown). `op` is PostgreSQL's.
 */
export const changeEventSchema = z.object({
  collection: z.string().max(100),
  id: z.union([z.number(), z.string().max(100)]),
  slug: z.string().max(200).nullable(),
  op: z.enum(['INSERT', 'UPDATE', 'DELETE']),
})

export type ChangeEvent = z.infer<typeof changeEventSchema>

export const changeStreamEvents = ['ready', 'change', 'reset'] as const
export type ChangeStreamEventName = (typeof changeStreamEvents)[number]
