import type { Payload, PayloadRequest } from 'payload'

import { isRecruiter } from '../../../access/roles'
import type { User } from '../../../payload-types'
import { submissionStatuses } from '../statuses'
import { daysWaiting, osloDate, osloDay, osloMidnight } from './deadline'
import { findAssignees, findOverdue } from './findOverdue'
import { firstContactAt, median } from './firstContact'
import { readFollowUpDays } from './followUpDays'

export type RecruitmentOverview = {
  followUpDays: number
  /** The last 12 weeks (Monday to Sunday, Oslo), oldest first; the last is the current week. */
  weeks: { start: string; count: number }[]
  /** Submissions of those 12 weeks per contribution area; `key: null` for none chosen. */
  areas: { key: string | null; title: string; count: number }[]
  /** Every stored submission, per status. */
  statuses: { value: string; label: string; count: number }[]
  overdue: { id: number; name: string; status: string; assignee: string | null; days: number }[]
  /** Submissions of the last 90 days whose status has moved away from "Ny", and their median wait. */
  firstContact: { contacted: number; received: number; medianMs: number | null }
}

const weeksShown = 12
const firstContactDays = 90

/**
 * The numbers behind the admin's recruitment overview, computed on the server with the caller
 * checked here: recruiters and admins get them, everyone else null. Nothing of it is queried from
 * the browser, so an editor has no request to make that would return it.
 */
export async function recruitmentOverview(
  payload: Payload,
  user: Pick<User, 'roles'> | null | undefined,
  now: Date,
  req?: PayloadRequest,
): Promise<RecruitmentOverview | null> {
  if (!isRecruiter(user)) return null
  const followUpDays = await readFollowUpDays(payload, req)
  const today = osloDate(now)
  const weekday = (new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 6) % 7
  const firstWeek = osloMidnight(today, -weekday - 7 * (weeksShown - 1))
  const since90 = new Date(now.getTime() - firstContactDays * 24 * 60 * 60 * 1000)
  const from = firstWeek < since90 ? firstWeek : since90

  const [recent, areas, statusCounts, overdue] = await Promise.all([
    payload.find({
      collection: 'form-submissions',
      where: {
        createdAt: { greater_than_equal: from.toISOString(), less_than_equal: now.toISOString() },
      },
      pagination: false,
      depth: 0,
      select: { interests: true, createdAt: true },
      overrideAccess: true,
      req,
    }),
    payload.find({
      collection: 'contribution-areas',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      sort: '_order',
      select: { key: true, title: true },
      overrideAccess: true,
      req,
    }),
    Promise.all(
      submissionStatuses.map(async (status) => ({
        value: status.value as string,
        label: status.label as string,
        count: (
          await payload.count({
            collection: 'form-submissions',
            where: { status: { equals: status.value } },
            overrideAccess: true,
            req,
          })
        ).totalDocs,
      })),
    ),
    findOverdue(payload, now, followUpDays, req),
  ])

  const inWeeks = recent.docs.filter((doc) => new Date(doc.createdAt) >= firstWeek)
  const weeks = Array.from({ length: weeksShown }, (_, index) => ({
    start: osloDay(osloMidnight(osloDate(firstWeek), index * 7)),
    count: 0,
  }))
  for (const doc of inWeeks) {
    const week = Math.floor(daysWaiting(firstWeek, new Date(doc.createdAt)) / 7)
    if (weeks[week]) weeks[week].count++
  }

  const areaCounts = areas.docs.map((area) => ({
    key: area.key as string | null,
    title: area.title,
    count: inWeeks.filter((doc) => doc.interests?.includes(area.key)).length,
  }))
  areaCounts.push({
    key: null,
    title: 'Ingen valgt',
    count: inWeeks.filter((doc) => (doc.interests ?? []).length === 0).length,
  })

  const received = recent.docs.filter((doc) => new Date(doc.createdAt) >= since90)
  const history =
    received.length === 0
      ? []
      : (
          await payload.find({
            collection: 'submission-history',
            where: {
              and: [
                { submission: { in: received.map((doc) => doc.id) } },
                { statusFrom: { equals: 'new' } },
              ],
            },
            pagination: false,
            depth: 0,
            select: { submission: true, statusFrom: true, statusTo: true, createdAt: true },
            overrideAccess: true,
            req,
          })
        ).docs
  const waits = received.flatMap((doc) => {
    const contact = firstContactAt(history.filter((entry) => idOf(entry.submission) === doc.id))
    return contact ? [contact.getTime() - new Date(doc.createdAt).getTime()] : []
  })

  const assignees = await findAssignees(payload, overdue, req)

  return {
    followUpDays,
    weeks,
    areas: areaCounts,
    statuses: statusCounts,
    overdue: overdue.map((doc) => {
      const person = assignees.find((user) => user.id === doc.assignee)
      return {
        id: doc.id,
        name: doc.name,
        status: doc.status,
        assignee: person ? person.name || person.email : null,
        days: daysWaiting(new Date(doc.createdAt), now),
      }
    }),
    firstContact: { contacted: waits.length, received: received.length, medianMs: median(waits) },
  }
}

const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' && value !== null ? value.id : value
