import type { CollectionConfig } from 'payload'

import { recruiters } from '../../access/recruiters'
import { submissionStatuses } from '../FormSubmissions/statuses'

const nobody = () => false

/**
 * Who changed a submission's status or assignee, when, from what and to what. Written only by the
 * submission's own hooks (recordHistory), never over the API, so nobody can rewrite it; shown
 * read-only in the submission's sidebar. Personal data like the submission itself: recruiters and
 * admins read it, and it is deleted with its submission (deleteHistory).
 */
export const SubmissionHistory: CollectionConfig<'submission-history'> = {
  slug: 'submission-history',
  labels: { singular: 'Endring av innsendt skjema', plural: 'Historikk for innsendte skjema' },
  admin: { hidden: true },
  access: { read: recruiters, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'submission',
      type: 'relationship',
      relationTo: 'form-submissions',
      label: 'Innsendt skjema',
      index: true,
    },
    { name: 'changedBy', type: 'relationship', relationTo: 'users', label: 'Endret av' },
    { name: 'statusFrom', type: 'select', label: 'Status før', options: [...submissionStatuses] },
    { name: 'statusTo', type: 'select', label: 'Status etter', options: [...submissionStatuses] },
    {
      name: 'assigneeChanged',
      type: 'checkbox',
      label: 'Ansvarlig endret',
      defaultValue: false,
    },
    { name: 'assigneeFrom', type: 'relationship', relationTo: 'users', label: 'Ansvarlig før' },
    { name: 'assigneeTo', type: 'relationship', relationTo: 'users', label: 'Ansvarlig etter' },
  ],
}
