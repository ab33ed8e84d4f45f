import type { CollectionConfig, FieldAccess } from 'payload'

import { admins } from '../../access/admins'
import { recruiters, recruitersField } from '../../access/recruiters'
import { service } from '../../access/service'
import { confirm } from './endpoints/confirm'
import { subscribe } from './endpoints/subscribe'
import { unsubscribe } from './endpoints/unsubscribe'

/** Only the endpoints, with the Local API, touch the tokens' traces: nobody reads or sets them over REST. */
const nobody: FieldAccess = () => false
const internal = { read: nobody, create: nobody, update: nobody }

/**
 * "Følg oss": double opt-in. Web calls the endpoints (`/subscribe`, `/confirm`, `/unsubscribe`);
 * only hashes of the links' tokens are stored, never the tokens. Unsubscribing deletes the row.
 */
export const NewsletterSubscribers: CollectionConfig<'newsletter-subscribers'> = {
  slug: 'newsletter-subscribers',
  labels: { singular: 'Abonnent på nyhetsbrevet', plural: 'Abonnenter på nyhetsbrevet' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'confirmedAt', 'createdAt'],
    group: 'Rekruttering',
    description:
      'Personopplysninger: bare rekrutterere og administratorer ser disse. Ubekreftede påmeldinger slettes når bekreftelseslenken går ut (48 timer); den som melder seg av, slettes.',
  },
  access: { create: service, read: recruiters, update: recruiters, delete: admins },
  endpoints: [subscribe, confirm, unsubscribe],
  fields: [
    { name: 'email', type: 'email', label: 'E-post', required: true, unique: true },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'pending',
      index: true,
      // Double opt-in: a subscriber starts "pending" whoever creates it.
      access: { create: recruitersField },
      options: [
        { value: 'pending', label: 'Venter på bekreftelse' },
        { value: 'confirmed', label: 'Bekreftet' },
        { value: 'unsubscribed', label: 'Meldt av' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'confirmTokenHash',
      type: 'text',
      index: true,
      access: internal,
      admin: { hidden: true },
    },
    {
      name: 'confirmTokenExpiresAt',
      type: 'date',
      index: true,
      access: internal,
      admin: { hidden: true },
    },
    // When the last confirmation mail went out: at most one per address every ten minutes.
    { name: 'confirmationSentAt', type: 'date', access: internal, admin: { hidden: true } },
    {
      name: 'unsubscribeTokenHash',
      type: 'text',
      index: true,
      access: internal,
      admin: { hidden: true },
    },
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
