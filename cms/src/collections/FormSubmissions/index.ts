import { signupLimits } from '@dk/shared'
import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { recruiters, recruitersField } from '../../access/recruiters'
import { service } from '../../access/service'
import { enforceSignupRules } from './hooks/enforceSignupRules'

export const submissionStatuses = [
  { value: 'new', label: 'Ny' },
  { value: 'contacted', label: 'Kontaktet' },
  { value: 'onboarded', label: 'Kommet i gang' },
  { value: 'declined', label: 'Avslått / trakk seg' },
  { value: 'spam', label: 'Søppel' },
] as const

/** Someone who filled in the "Bygg med oss" form. Personal data: recruiters and admins only. */
export const FormSubmissions: CollectionConfig<'form-submissions'> = {
  slug: 'form-submissions',
  labels: { singular: 'Innsendt skjema', plural: 'Innsendte skjema' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'interests', 'assignee', 'createdAt'],
    group: 'Rekruttering',
    listSearchableFields: ['name', 'email'],
    description: 'Personopplysninger: bare rekrutterere og administratorer ser disse.',
  },
  access: {
    // web's service user creates; nobody else, and it can never read them back.
    create: service,
    read: recruiters,
    update: recruiters,
    delete: admins,
  },
  hooks: { beforeValidate: [enforceSignupRules] },
  fields: [
    { name: 'name', type: 'text', label: 'Navn', required: true, maxLength: signupLimits.name },
    { name: 'email', type: 'email', label: 'E-post', required: true },
    {
      name: 'interests',
      type: 'text',
      hasMany: true,
      label: 'Interessert i',
      admin: { description: 'Nøklene til bidragsområdene personen krysset av for.' },
    },
    { name: 'message', type: 'textarea', label: 'Melding', maxLength: signupLimits.message },
    { name: 'sourcePage', type: 'text', label: 'Sendt fra side', maxLength: 200 },
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
      admin: { position: 'sidebar' },
      access: { read: recruitersField, update: recruitersField, create: recruitersField },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: 'Interne notater',
      access: { read: recruitersField, update: recruitersField, create: recruitersField },
      admin: { description: 'Synlig bare for rekrutterere og administratorer.' },
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
    },
  ],
}
