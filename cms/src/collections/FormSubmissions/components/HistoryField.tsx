import type { UIFieldServerComponent } from 'payload'

import { isRecruiter } from '../../../access/roles'
import type { User } from '../../../payload-types'
import { firstContactAt, formatDuration } from '../followUp/firstContact'
import { submissionStatuses } from '../statuses'

const osloTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  dateStyle: 'short',
  timeStyle: 'short',
})

const statusLabel = (value: string | null | undefined) =>
  submissionStatuses.find((status) => status.value === value)?.label ?? 'ukjent'

const personName = (user: number | User | null | undefined) => {
  if (user === null || user === undefined) return 'ingen'
  if (typeof user === 'number') return 'slettet bruker'
  return user.name || user.email
}

/**
 * The submission's sidebar: its history of status and assignee changes, read-only, newest first,
 * and the time to first contact. Read with the viewer's own access (recruiters and admins).
 */
export const HistoryField: UIFieldServerComponent = async ({ id, payload, req }) => {
  if (id === undefined || !isRecruiter(req.user)) return null
  const createdAt = (
    await payload.findByID({
      collection: 'form-submissions',
      id,
      depth: 0,
      select: { createdAt: true },
      overrideAccess: false,
      req,
    })
  ).createdAt
  const { docs } = await payload.find({
    collection: 'submission-history',
    where: { submission: { equals: id } },
    sort: '-createdAt',
    depth: 1,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const contact = firstContactAt(docs)
  return (
    <section className="field-type" aria-labelledby="submission-history-heading">
      <h3 id="submission-history-heading" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        Historikk
      </h3>
      <p>
        Tid til første kontakt:{' '}
        {contact
          ? formatDuration(contact.getTime() - new Date(createdAt).getTime())
          : 'ikke kontaktet ennå'}
      </p>
      {docs.length === 0 ? (
        <p>Ingen endringer av status eller ansvarlig ennå.</p>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {docs.map((entry) => (
            <li key={entry.id} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
              <time dateTime={entry.createdAt}>{osloTime.format(new Date(entry.createdAt))}</time>,{' '}
              {entry.changedBy ? personName(entry.changedBy) : 'ukjent'}:
              {entry.statusFrom || entry.statusTo ? (
                <div>
                  Status: {statusLabel(entry.statusFrom)} → {statusLabel(entry.statusTo)}
                </div>
              ) : null}
              {entry.assigneeChanged ? (
                <div>
                  Ansvarlig: {personName(entry.assigneeFrom)} → {personName(entry.assigneeTo)}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
