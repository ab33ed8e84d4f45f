import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * One row per reminder sent: the Oslo day and who got it (a user id, or "matrix"). The unique
 * pair is what keeps every CMS process, restarted or side by side, from sending the same day's
 * reminder twice: a process sends only after its insert of the row succeeded
 * (jobs/followUpReminders/claim.ts). Rows older than 60 days are deleted by the same job.
 */
export const ReminderDeliveries: CollectionConfig<'reminder-deliveries'> = {
  slug: 'reminder-deliveries',
  labels: { singular: 'Sendt påminnelse', plural: 'Sendte påminnelser' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['day', 'recipient'], unique: true }],
  fields: [
    { name: 'day', type: 'text', required: true },
    { name: 'recipient', type: 'text', required: true },
  ],
}
