import { signupLimits } from '@dk/shared'
import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { recruiters, recruitersField } from '../../access/recruiters'
import { service } from '../../access/service'
import { allowQueryPaths } from '../../hooks/allowQueryPaths'
import { requireObjectData } from '../../hooks/requireObjectData'
import { exportCsv } from './endpoints/exportCsv'
import { overview } from './endpoints/overview'
import { submissionBatch } from './endpoints/batch'
import { settledSubmissions } from './endpoints/settled'
import { answerConflictForDuplicateKey } from './hooks/answerConflictForDuplicateKey'
import { deleteHistory } from './hooks/deleteHistory'
import { enforceSignupRules } from './hooks/enforceSignupRules'
import { queueNotifications } from './hooks/queueNotifications'
import { recordHistory } from './hooks/recordHistory'
import { refuseRepeats } from './hooks/refuseRepeats'
import { assigneeName } from './assigneeName'
import { submissionStatuses } from './statuses'

const nobody = () => false

/** What the person wrote is theirs: stored as sent, changed by nobody, in the admin or over REST. */
const personsOwnWords = { access: { update: nobody }, admin: { readOnly: true } } as const

/** Someone who filled in the "Bygg med oss" form. Personal data: recruiters and admins only. */
export const FormSubmissions: CollectionConfig<'form-submissions'> = {
  slug: 'form-submissions',
  labels: { singular: 'Innsendt skjema', plural: 'Innsendte skjema' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'assigneeName', 'interests', 'createdAt'],
    group: 'Rekruttering',
    listSearchableFields: ['name', 'email'],
    description:
      'Personopplysninger: bare rekrutterere og administratorer ser disse. Innsendinger slettes automatisk når oppbevaringstiden er ute (se personvernsiden).',
    components: {
      beforeListTable: ['/collections/FormSubmissions/components/ExportCsvButton#ExportCsvButton'],
    },
  },
  access: {
    // web's service user creates; nobody else, and it can never read them back.
    create: service,
    read: recruiters,
    update: recruiters,
    delete: admins,
  },
  hooks: {
    beforeOperation: [
      requireObjectData,
      allowQueryPaths([
        'name',
        'email',
        'interests',
        'message',
        'sourcePage',
        'status',
        'assignee',
        'internalNotes',
        'repeats',
        'lastRepeatedAt',
      ]),
    ],
    beforeValidate: [enforceSignupRules, refuseRepeats],
    afterChange: [queueNotifications, recordHistory],
    beforeDelete: [deleteHistory],
    afterError: [answerConflictForDuplicateKey],
  },
  endpoints: [exportCsv, overview, settledSubmissions, submissionBatch],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: 'Navn',
      required: true,
      maxLength: signupLimits.name,
      index: true,
      ...personsOwnWords,
    },
    {
      name: 'email',
      type: 'email',
      label: 'E-post',
      required: true,
      index: true,
      ...personsOwnWords,
    },
    {
      name: 'interests',
      type: 'text',
      hasMany: true,
      label: 'Interessert i',
      access: personsOwnWords.access,
      admin: {
        ...personsOwnWords.admin,
        description: 'Bidragsområdene personen krysset av for.',
        components: {
          Cell: '/collections/FormSubmissions/components/InterestNames#InterestNamesCell',
          Field: '/collections/FormSubmissions/components/InterestNames#InterestNamesField',
        },
      },
    },
    {
      name: 'message',
      type: 'textarea',
      label: 'Melding',
      maxLength: signupLimits.message,
      ...personsOwnWords,
    },
    {
      name: 'sourcePage',
      type: 'text',
      label: 'Sendt fra side',
      maxLength: 200,
      ...personsOwnWords,
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'new',
      options: [...submissionStatuses],
      index: true,
      // A new submission is always "new": the service user cannot file one as already handled.
      access: { create: recruitersField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: 'Ansvarlig',
      // No «+»: a recruiter picks a colleague here, never creates a user (admins do that under Brukere).
      admin: { position: 'sidebar', allowCreate: false },
      access: { read: recruitersField, update: recruitersField, create: recruitersField },
    },
    assigneeName,
    {
      name: 'internalNotes',
      type: 'textarea',
      label: 'Interne notater',
      access: { read: recruitersField, update: recruitersField, create: recruitersField },
      admin: { description: 'Synlig bare for rekrutterere og administratorer.' },
    },
    {
      name: 'repeats',
      type: 'number',
      label: 'Sendt på nytt (antall)',
      defaultValue: 0,
      // Counted by refuseRepeats only; nobody sets it over the API.
      access: { create: nobody, update: nobody },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Hvor mange ganger det samme ble sendt inn igjen innen et døgn.',
      },
    },
    {
      name: 'lastRepeatedAt',
      type: 'date',
      label: 'Sist sendt på nytt',
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // The idempotency keys of the repeats counted above: a repeat delivered again (web's outbox
      // retrying) is known by its key and not counted twice, and web can read back that it arrived.
      name: 'repeatKeys',
      type: 'array',
      access: { create: nobody, update: nobody },
      admin: { hidden: true },
      fields: [{ name: 'key', type: 'text', required: true, index: true }],
    },
    {
      name: 'history',
      type: 'ui',
      label: 'Historikk',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/collections/FormSubmissions/components/HistoryField#HistoryField' },
      },
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      label: 'Leveringsnøkkel (teknisk)',
      unique: true,
      index: true,
      // web's retry key: nothing a recruiter filters or sorts on.
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
  ],
}
