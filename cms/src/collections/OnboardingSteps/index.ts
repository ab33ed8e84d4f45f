import type { CollectionConfig } from 'payload'

import { publishedContent } from '../publishedContent'

import { scheduled } from '../../fields/scheduled'
import { seedKey } from '../../fields/seedKey'
import { livePreview } from '../../preview/livePreview'

export const OnboardingSteps: CollectionConfig<'onboarding-steps'> = {
  slug: 'onboarding-steps',
  ...publishedContent(),
  labels: { singular: 'Steg i gang', plural: 'Steg i gang' },
  admin: {
    livePreview: livePreview('onboarding-steps'),
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'scheduled', 'updatedAt'],
    group: 'Innhold',
    description:
      'Stegene under «Slik kommer du i gang». Dra for å endre rekkefølgen; nummereringen følger.',
  },
  orderable: true,
  fields: [
    { name: 'title', type: 'text', label: 'Tittel', required: true, maxLength: 80 },
    { name: 'description', type: 'textarea', label: 'Beskrivelse', required: true, maxLength: 300 },
    seedKey,
    scheduled,
  ],
}
