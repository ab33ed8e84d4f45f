import type { UIField } from 'payload'

/** Shows a document's upcoming scheduled publish/unpublish in its sidebar and as a list column. */
export const scheduled: UIField = {
  name: 'scheduled',
  type: 'ui',
  label: 'Planlagt',
  admin: {
    position: 'sidebar',
    components: {
      Field: '/admin/Scheduled#ScheduledField',
      Cell: '/admin/Scheduled#ScheduledCell',
    },
  },
}
