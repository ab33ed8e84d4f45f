import type { DefaultServerCellComponentProps, UIFieldServerProps } from 'payload'

import { describeSchedule, upcomingSchedules } from './schedules'

/**
 * What is scheduled for the document, in its sidebar and as a list column: once the schedule
 * dialog is closed, Payload shows it nowhere else. Server components, read when the page renders.
 */
export async function ScheduledField({ id, collectionSlug, payload }: UIFieldServerProps) {
  if (id === undefined || id === null) return null
  const schedules = await upcomingSchedules(payload, collectionSlug, id)
  if (schedules.length === 0) return null
  return (
    <div className="field-type scheduled-changes" style={{ marginBottom: '1rem' }}>
      {schedules.map((schedule) => (
        <p key={`${schedule.type}-${schedule.waitUntil}`} style={{ margin: 0, fontWeight: 600 }}>
          {describeSchedule(schedule)}
        </p>
      ))}
    </div>
  )
}

export async function ScheduledCell({
  collectionSlug,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  const id = rowData?.id as number | string | undefined
  if (id === undefined) return null
  const schedules = await upcomingSchedules(payload, collectionSlug, id)
  if (schedules.length === 0) return null
  return <span>{schedules.map(describeSchedule).join('; ')}</span>
}
