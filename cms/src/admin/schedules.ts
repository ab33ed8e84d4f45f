import type { Payload } from 'payload'

/** A publish or unpublish queued for a document through the admin's schedule dialog. */
export type Schedule = { type: 'publish' | 'unpublish'; waitUntil: string }

/**
 * The document's schedules still to come, soonest first: the `schedulePublish` jobs Payload's
 * schedule dialog queues, read the same way the dialog's own «Kommende» list reads them.
 */
export async function upcomingSchedules(
  payload: Payload,
  collection: string,
  id: number | string,
): Promise<Schedule[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { waitUntil: { greater_than: new Date().toISOString() } },
        { completedAt: { exists: false } },
        // The id is stored as the number it is; matched as text too, as Payload's dialog asks.
        {
          or: [
            { 'input.doc.value': { equals: Number(id) } },
            { 'input.doc.value': { equals: String(id) } },
          ],
        },
        { 'input.doc.relationTo': { equals: collection } },
      ],
    },
    sort: 'waitUntil',
    depth: 0,
    limit: 10,
    pagination: false,
    overrideAccess: true,
  })
  return docs.flatMap((job) => {
    const type = (job.input as { type?: unknown } | null)?.type
    if ((type !== 'publish' && type !== 'unpublish') || !job.waitUntil) return []
    return [{ type, waitUntil: job.waitUntil }]
  })
}

const oslo = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** «Planlagt: publiseres 3. des. kl. 10:00», in Oslo time like the rest of the admin. */
export function describeSchedule({ type, waitUntil }: Schedule): string {
  const part = (name: Intl.DateTimeFormatPartTypes) =>
    oslo.formatToParts(new Date(waitUntil)).find((p) => p.type === name)?.value ?? ''
  const what = type === 'publish' ? 'publiseres' : 'avpubliseres'
  return `Planlagt: ${what} ${part('day')}. ${part('month')} kl. ${part('hour')}:${part('minute')}`
}
