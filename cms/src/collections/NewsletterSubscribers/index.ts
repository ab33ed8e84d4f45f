import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { recruiters, recruitersField } from '../../access/recruiters'
import { service } from '../../access/service'

/** "Følg oss": double opt-in. Only hashes of the tokens are stored, never the tokens. */
export const NewsletterSubscribers: CollectionConfig<'newsletter-subscribers'> = {
  slug: 'newsletter-subscribers',
  labels: { singular: 'Abonnent på nyhetsbrevet', plural: 'Abonnenter på nyhetsbrevet' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'confirmedAt', 'createdAt'],
    group: 'Rekruttering',
    description: 'Personopplysninger: bare rekrutterere og administratorer ser disse.',
  },
  access: { create: service, read: recruiters, update: recruiters, delete: admins },
  fields: [
    { name: 'email', type: 'email', label: 'E-post', required: true, unique: true },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'pending',
      // Double opt-in: a subscriber starts "pending" whoever creates it.
      access: { create: recruitersField },
      options: [
        { value: 'pending', label: 'Venter på bekreftelse' },
        { value: 'confirmed', label: 'Bekreftet' },
        { value: 'unsubscribed', label: 'Meldt av' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'confirmTokenHash', type: 'text', index: true, admin: { hidden: true } },
    { name: 'unsubscribeTokenHash', type: 'text', index: true, admin: { hidden: true } },
    {
      name: 'confirmedAt',
      type: 'date',
      label: 'Bekreftet',
      access: { create: recruitersField },
      admin: { readOnly: true },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: 'Meldt av',
      access: { create: recruitersField },
      admin: { readOnly: true },
    },
  ],
}
