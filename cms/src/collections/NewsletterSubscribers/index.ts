import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { admins } from '../../access/admins'
import { recruiters } from '../../access/recruiters'
import { allowQueryPaths } from '../../hooks/allowQueryPaths'
import { confirm } from './endpoints/confirm'
import { subscribe } from './endpoints/subscribe'
import { unsubscribe } from './endpoints/unsubscribe'

/** Only the endpoints, with the Local API, touch the tokens' traces: nobody reads or sets them over REST. */
const nobody: FieldAccess = () => false
const internal = { read: nobody, create: nobody, update: nobody }
/**
 * Consent is what the person did through the mail's links, never what someone typed: the address and
 * its status change only in the endpoints' flows (subscribe, confirm, unsubscribe, with overrideAccess).
 */
const byTheFlowsOnly = { create: nobody, update: nobody }
const noOne: Access = () => false

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
  // Rows are made and changed only by the endpoints: the service user creating one directly would
  // learn from "already exists" who subscribes, and a PATCH could forge a confirmation.
  access: { create: noOne, read: recruiters, update: noOne, delete: admins },
  hooks: {
    beforeOperation: [allowQueryPaths(['email', 'status', 'confirmedAt', 'unsubscribedAt'])],
  },
  endpoints: [subscribe, confirm, unsubscribe],
  fields: [
    {
      name: 'email',
      type: 'email',
      label: 'E-post',
      required: true,
      unique: true,
      access: byTheFlowsOnly,
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'pending',
      index: true,
      access: byTheFlowsOnly,
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
      access: byTheFlowsOnly,
      admin: { readOnly: true },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: 'Meldt av',
      access: byTheFlowsOnly,
      admin: { readOnly: true },
    },
  ],
}
