import type { Field } from 'payload'

export const defaultFollowUpDays = 3

/**
 * The form promises that someone gets in touch within a few days; this is that number. Reminders
 * and the recruitment overview count a submission as overdue after it (see followUp/deadline.ts).
 */
export const followUpDays: Field = {
  name: 'followUpDays',
  type: 'number',
  label: 'Frist for å følge opp innsendte skjema (dager)',
  required: true,
  defaultValue: defaultFollowUpDays,
  min: 1,
  max: 30,
  admin: {
    step: 1,
    description:
      'Hele kalenderdager (norsk tid) etter innsendingsdagen. Står et skjema fortsatt som «Ny», eller uten ansvarlig, etter fristen, får rekrutteringen en påminnelse. Nevner fotnoten under knappen en frist, skal den være den samme.',
  },
}
