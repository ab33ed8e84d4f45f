import type { UIFieldServerComponent } from 'payload'

import { isRecruiter } from '../../../access/roles'
import type { User } from '../../../payload-types'
import { firstContactAt, formatDuration } from '../followUp/firstContact'
import { submissionStatuses } from '../statuses'
import { RefreshOnSave } from './RefreshOnSave'

// «2. desember 2026 kl. 14:32», as the admin writes dates everywhere else (admin/norwegian.ts).
const osloTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  dateStyle: 'long',
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
 * and the time to first contact. Read with the viewer's own access (recruiters and admins), and
 * read again after each save (RefreshOnSave), so a change shows at once.
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
    <section
      className="field-type submission-history"
      aria-labelledby="submission-history-heading"
      data-testid="submission-history"
    >
      <RefreshOnSave />
      <h3 id="submission-history-heading">Historikk</h3>
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
