import type { ServerProps } from 'payload'
import type { CSSProperties } from 'react'

import { formatDuration } from '../followUp/firstContact'
import { recruitmentOverview } from '../followUp/overview'
import { submissionStatuses } from '../statuses'

const link = (id: number) => `/admin/collections/form-submissions/${id}`
const shortDate = (day: string) => {
  const [, month, date] = day.split('-')
  return `${date}.${month}.`
}
const statusLabel = (value: string) =>
  submissionStatuses.find((status) => status.value === value)?.label ?? value

const card: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: 'var(--base)',
}
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
}
const heading: CSSProperties = { fontSize: '1.15rem', marginBottom: 'calc(var(--base) / 2)' }
const cell: CSSProperties = { textAlign: 'left', padding: '0.25rem 0.75rem 0.25rem 0' }
const number: CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }

function Bar({ value, max }: { value: number; max: number }) {
  // Decoration only: the number beside it says the same for screen readers.
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        height: '0.75rem',
        width: `${max === 0 ? 0 : (value / max) * 6}rem`,
        background: 'var(--theme-success-500)',
      }}
    />
  )
}

/**
 * The recruitment overview at the top of the admin's dashboard, for recruiters and admins. It is
 * rendered on the server from recruitmentOverview(), which checks the viewer; an editor gets
 * nothing, not even an empty panel.
 */
export async function RecruitmentOverview({ payload, user }: ServerProps) {
  const numbers = await recruitmentOverview(payload, user, new Date())
  if (!numbers) return null
  const maxWeek = Math.max(...numbers.weeks.map((week) => week.count))
  const maxArea = Math.max(...numbers.areas.map((area) => area.count))
  const { firstContact } = numbers
  return (
    <section
      aria-labelledby="recruitment-overview"
      data-testid="recruitment-overview"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 id="recruitment-overview" style={{ marginBottom: 'var(--base)' }}>
        Oversikt over rekrutteringen
      </h2>
      <div
        style={{
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fill, minmax(17rem, 1fr))',
          alignItems: 'start',
        }}
      >
        <div style={card} data-testid="overview-overdue">
          <h3 style={heading}>Venter på oppfølging</h3>
          <p>
            <strong data-testid="overdue-count">{numbers.overdue.length}</strong> innsendte skjema
            har ventet lenger enn fristen på {numbers.followUpDays}{' '}
            {numbers.followUpDays === 1 ? 'dag' : 'dager'} (fortsatt «Ny», eller uten ansvarlig).
          </p>
          {numbers.overdue.length > 0 ? (
            <ul style={{ paddingLeft: '1.25rem' }}>
              {numbers.overdue.map((submission) => (
                <li key={submission.id}>
                  <a href={link(submission.id)}>{submission.name}</a>: {submission.days} dager,{' '}
                  {statusLabel(submission.status).toLowerCase()},{' '}
                  {submission.assignee ? `ansvarlig ${submission.assignee}` : 'ingen ansvarlig'}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div style={card}>
          <h3 style={heading}>Tid til første kontakt</h3>
          <p data-testid="median-first-contact">
            {firstContact.medianMs === null
              ? 'Ingen av de siste 90 dagenes innsendte skjema er kontaktet ennå.'
              : `Median ${formatDuration(firstContact.medianMs)}`}
          </p>
          <p>
            Siste 90 dager: {firstContact.contacted} av {firstContact.received} innsendte skjema har
            fått en annen status enn «Ny».
          </p>
        </div>
        <div style={card}>
          <h3 style={heading} id="overview-statuses-heading">
            Status, alle lagrede
          </h3>
          <table data-testid="overview-statuses" aria-labelledby="overview-statuses-heading">
            <tbody>
              {numbers.statuses.map((status) => (
                <tr key={status.value}>
                  <th scope="row" style={cell}>
                    {status.label}
                  </th>
                  <td style={number}>{status.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div style={card}>
          <h3 style={heading} id="overview-weeks-heading">
            Per uke, siste 12 uker
          </h3>
          <table data-testid="overview-weeks" aria-labelledby="overview-weeks-heading">
            <thead>
              <tr>
                <th scope="col" style={cell}>
                  Uke fra
                </th>
                <th scope="col" style={number}>
                  Antall
                </th>
                <th scope="col" style={cell}>
                  <span style={visuallyHidden}>Søyle</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {numbers.weeks.map((week) => (
                <tr key={week.start}>
                  <th scope="row" style={cell}>
                    {shortDate(week.start)}
                  </th>
                  <td style={number}>{week.count}</td>
                  <td style={cell}>
                    <Bar value={week.count} max={maxWeek} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div style={card}>
          <h3 style={heading} id="overview-areas-heading">
            Per bidragsområde, siste 12 uker
          </h3>
          <table data-testid="overview-areas" aria-labelledby="overview-areas-heading">
            <tbody>
              {numbers.areas.map((area) => (
                <tr key={area.key ?? 'ingen'}>
                  <th scope="row" style={cell}>
                    {area.title}
                  </th>
                  <td style={number}>{area.count}</td>
                  <td style={cell}>
                    <Bar value={area.count} max={maxArea} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p style={{ color: 'var(--theme-elevation-500)' }}>Et skjema kan gjelde flere områder.</p>
        </div>
      </div>
    </section>
  )
}
