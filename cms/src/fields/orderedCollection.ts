import type { CollectionSlug, Field } from 'payload'

/** Which documents of a collection a grid block shows: empty means all, in the collection's order. */
export function chosenDocuments(relationTo: CollectionSlug, label: string): Field {
  return {
    name: 'items',
    type: 'relationship',
    relationTo,
    hasMany: true,
    label,
    admin: {
      description:
        'La stå tom for å vise alle, i rekkefølgen fra listen. Velg noen for å vise bare dem.',
    },
  }
}
