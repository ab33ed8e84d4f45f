import type { CollectionConfig } from 'payload'

import { revalidateAfterChange, revalidateAfterDelete } from '../../hooks/revalidateWeb'
import { editors } from '../../access/editors'
import { publishedOrEditors } from '../../access/publishedOrEditors'
import { seedKey } from '../../fields/seedKey'

export const OnboardingSteps: CollectionConfig<'onboarding-steps'> = {
  slug: 'onboarding-steps',
  labels: { singular: 'Steg i gang', plural: 'Steg i gang' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'updatedAt'],
    group: 'Innhold',
    description:
      'Stegene under «Slik kommer du i gang». Dra for å endre rekkefølgen; nummereringen følger.',
  },
  orderable: true,
  versions: { drafts: { autosave: { interval: 1000 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
  access: { read: publishedOrEditors, create: editors, update: editors, delete: editors },
  fields: [
    { name: 'title', type: 'text', label: 'Tittel', required: true, maxLength: 80 },
    { name: 'description', type: 'textarea', label: 'Beskrivelse', required: true, maxLength: 300 },
    seedKey,
  ],
}
