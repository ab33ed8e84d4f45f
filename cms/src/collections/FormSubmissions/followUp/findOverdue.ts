import type { Payload, PayloadRequest, Where } from 'payload'

import { isOverdue, overdueCutoff } from './deadline'

export type OverdueSubmission = {
  id: number
  name: string
  status: string
  assignee: number | null
  interests: string[]
  createdAt: string
}

/** The database side of `isOverdue` (deadline.ts): past the cutoff, and still new or unassigned. */
export function overdueWhere(now: Date, days: number): Where {
  return {
    and: [
      { createdAt: { less_than: overdueCutoff(now, days).toISOString() } },
      {
        or: [
          { status: { equals: 'new' } },
          { and: [{ status: { equals: 'contacted' } }, { assignee: { exists: false } }] },
        ],
      },
    ],
  }
}

/** Every submission overdue at `now`, oldest first. */
export async function findOverdue(
  payload: Payload,
  now: Date,
  days: number,
  req?: PayloadRequest,
): Promise<OverdueSubmission[]> {
  const { docs } = await payload.find({
    collection: 'form-submissions',
    where: overdueWhere(now, days),
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    select: { name: true, status: true, assignee: true, interests: true, createdAt: true },
    overrideAccess: true,
    req,
  })
  return docs
    .map((doc) => ({
      id: doc.id,
      name: doc.name,
      status: doc.status,
      assignee:
        typeof doc.assignee === 'object' ? (doc.assignee?.id ?? null) : (doc.assignee ?? null),
      interests: doc.interests ?? [],
      createdAt: doc.createdAt,
    }))
    .filter((doc) => isOverdue(doc, now, days))
}

/** The people overdue submissions are assigned to: the overview names them, the reminders mail them. */
export async function findAssignees(
  payload: Payload,
  overdue: readonly OverdueSubmission[],
  req?: PayloadRequest,
) {
  const ids = [...new Set(overdue.flatMap((submission) => submission.assignee ?? []))]
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { name: true, email: true },
    overrideAccess: true,
    req,
  })
  return docs
}
