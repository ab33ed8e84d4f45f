import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Claims the right to send `day`'s reminder to `recipient`: true for exactly one caller, whatever
 * the number of CMS processes, because PostgreSQL lets only one insert of the unique pair
 * (day, recipient) succeed (a second waits for the first to commit, then does nothing). Runs on the
 * pool, outside any request's transaction, so the claim is visible to every process at once.
 */
export async function claimDelivery(
  payload: Payload,
  day: string,
  recipient: string,
): Promise<boolean> {
  const result = await payload.db.drizzle.execute(sql`
    insert into reminder_deliveries (day, recipient) values (${day}, ${recipient})
    on conflict (day, recipient) do nothing
    returning id`)
  return result.rows.length === 1
}

/** Gives a claim back when sending failed, so the job's retry may send it. */
export async function releaseDelivery(payload: Payload, day: string, recipient: string) {
  await payload.db.drizzle.execute(
    sql`delete from reminder_deliveries where day = ${day} and recipient = ${recipient}`,
  )
}

/** The claims are only needed for the day they are for; older ones say who was reminded, so they go. */
export async function forgetOldDeliveries(payload: Payload, before: Date) {
  await payload.db.drizzle.execute(
    sql`delete from reminder_deliveries where created_at < ${before.toISOString()}`,
  )
}
