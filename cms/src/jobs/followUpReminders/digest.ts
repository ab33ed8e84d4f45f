import type { OverdueSubmission } from '../../collections/FormSubmissions/followUp/findOverdue'
import { chooseRecipients, type Recruiter } from '../recipients/recipientsFor'
import type { Digest, Person } from './digestMail'

/**
 * Who is reminded of what. An assigned submission reminds its assignee; an unassigned one
 * reminds the recruiters a new submission with its areas would have been mailed to (the
 * followers of its areas, or every recruiter), so the daily reminder and the first notice agree.
 * People with nothing overdue get nothing.
 */
export function planDigests(
  overdue: readonly OverdueSubmission[],
  recruiters: readonly Recruiter[],
  assignees: readonly Person[],
): Digest[] {
  const people = new Map<number, Person>()
  for (const person of [...recruiters, ...assignees]) {
    people.set(person.id, { id: person.id, email: person.email })
  }
  const digests: Digest[] = []
  for (const person of people.values()) {
    const own = overdue.filter((submission) => submission.assignee === person.id)
    const unassigned = overdue.filter(
      (submission) =>
        submission.assignee === null &&
        chooseRecipients(recruiters, submission.interests).some(
          (recruiter) => recruiter.id === person.id,
        ),
    )
    if (own.length + unassigned.length > 0) {
      digests.push({
        to: person,
        own: own.map((submission) => submission.id),
        unassigned: unassigned.map((submission) => submission.id),
      })
    }
  }
  return digests
}
