import type { CollectionConfig } from 'payload'

import { publishedContent } from '../publishedContent'

import { scheduled } from '../../fields/scheduled'
import { seedKey } from '../../fields/seedKey'
import { livePreview } from '../../preview/livePreview'

export const problemCardIcons = ['key', 'users', 'server', 'layers', 'database', 'shield'] as const

export const ProblemCards: CollectionConfig<'problem-cards'> = {
  slug: 'problem-cards',
  ...publishedContent(),
  labels: { singular: 'Problemkort', plural: 'Problemkort' },
  admin: {
    livePreview: livePreview('problem-cards'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'tag', '_status', 'scheduled', 'updatedAt'],
    group: 'Innhold',
    description:
      'Kortene under «Hva vi jobber med». Dra i håndtaket til venstre i listen for å endre rekkefølgen.',
  },
  orderable: true,
  fields: [
    { name: 'title', type: 'text', label: 'Tittel', required: true, maxLength: 80 },
    {
      name: 'description',
      type: 'richText',
      label: 'Beskrivelse',
      required: true,
      admin: { description: 'Kort tekst, to–tre setninger.' },
    },
    {
      name: 'tag',
      type: 'text',
      label: 'Merkelapp',
      maxLength: 30,
      admin: { description: 'Valgfri, f.eks. «Kritisk». Vises over tittelen.' },
    },
    {
      name: 'icon',
      type: 'select',
      label: 'Ikon',
      // The comparison shows no icon as «Ingen», not «null».
      admin: { components: { Diff: '/admin/SelectDiff#SelectDiff' } },
      options: [
        { value: 'key', label: 'Nøkkel' },
        { value: 'users', label: 'Personer' },
        { value: 'server', label: 'Server' },
        { value: 'layers', label: 'Lag' },
        { value: 'database', label: 'Lagring' },
        { value: 'shield', label: 'Skjold' },
      ] satisfies { value: (typeof problemCardIcons)[number]; label: string }[],
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: 'Bilde',
      admin: {
        description:
          'Valgfritt. Vises øverst på kortet. Den alternative teksten skrives på selve bildet.',
      },
    },
    seedKey,
    scheduled,
  ],
}
