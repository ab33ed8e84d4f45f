import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { FormSubmission } from '../../../payload-types'
import { notificationTasks } from '../notifications'
import type { NewSubmission } from './planBatch'

/** The request's transaction, where Payload's own adapter operations find it (getTransaction). */
async function inTransaction(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const db = req.transactionID ? adapter.sessions[String(await req.transactionID)]?.db : undefined
  if (!db) throw new Error('innsendinger: en samling lagres bare i en transaksjon')
  const table = (name: string) => adapter.tableNameMap.get(name) ?? name
  return { adapter, db, table }
}

/**
 * Inserts new submissions and their notices set-based, in the request's transaction: one INSERT
 * for the submissions, one for their interests, one for their jobs; where the single create costs
 * Payload's whole create operation per submission, and jobs.queue per notice. The rows are the ones
 * those write (submissionBatch.int.spec.ts compares them field by field): Payload's adapter writes
 * a document as its table's row (the fields by name, `createdAt` and `updatedAt` set), a hasMany
 * text field as rows of `<table>_texts` (`parent`, `path`, `order` from 1, `text`), and
 * jobs.queue writes a job as `{ input, taskSlug }` with the column defaults for the rest. Returns
 * the new submissions' ids by idempotency key.
 */
export async function insertSubmissions(
  req: PayloadRequest,
  submissions: readonly NewSubmission[],
): Promise<Map<string, number>> {
  const { adapter, db, table } = await inTransaction(req)
  if (submissions.length === 0) return new Map()
  const now = new Date().toISOString()
  const inserted = await adapter.insert({
    db,
    tableName: table('form_submissions'),
    values: submissions.map(({ form, delivery }) => ({
      name: form.name,
      email: form.email,
      message: form.message || null,
      sourcePage: delivery.sourcePage ?? null,
      idempotencyKey: delivery.idempotencyKey,
      // The fields' defaults, as the single create gives them.
      status: 'new' satisfies FormSubmission['status'],
      repeats: 0,
      createdAt: now,
      updatedAt: now,
    })),
  })
  const ids = new Map(inserted.map((row) => [String(row.idempotencyKey), Number(row.id)]))
  const idOf = ({ delivery }: NewSubmission) => ids.get(delivery.idempotencyKey ?? '')!

  const interests = submissions.flatMap((submission) =>
    submission.form.interests.map((text, index) => ({
      parent: idOf(submission),
      path: 'interests',
      order: index + 1,
      text,
    })),
  )
  if (interests.length > 0) {
    await adapter.insert({ db, tableName: table('form_submissions_texts'), values: interests })
  }
  await adapter.insert({
    db,
    tableName: table('payload_jobs'),
    values: submissions.flatMap((submission) =>
      notificationTasks().map((taskSlug) => ({
        input: { submission: idOf(submission) },
        taskSlug,
        createdAt: now,
        updatedAt: now,
      })),
    ),
  })
  return ids
}
