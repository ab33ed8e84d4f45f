import type { CollectionSlug, Field } from 'payload'
import { relationship } from 'payload/shared'

/** The collections a grid block can show; each has a `title` and a list order (`_order`). */
export type GridCollection = Extract<
  CollectionSlug,
  'problem-cards' | 'contribution-areas' | 'onboarding-steps'
>

type Words = {
  /** The field's label, e.g. «Kort». */
  label: string
  /** Lower case plural for running text, e.g. «kort», «bidragsområder». */
  plural: string
  /** «minst ett kort». */
  one: string
}

/**
 * Which documents of a collection a grid block shows. Without «Velg … selv» the grid shows all of
 * them, in the list's order, for ever: new ones appear, reordering the list reorders the grid.
 * That is the stored `chooseItems: false` with no `items`, never a list that a save could freeze.
 * The page view fills such grids (collections/Pages/fillGrids.ts); the admin only shows a hint.
 */
export function chosenDocuments(relationTo: GridCollection, words: Words): Field[] {
  return [
    {
      name: 'chooseItems',
      type: 'checkbox',
      label: `Velg ${words.plural} selv`,
      defaultValue: false,
      admin: {
        description: `Uten hake viser seksjonen alle ${words.plural}, i rekkefølgen fra listen, også de som legges til senere.`,
      },
    },
    {
      name: 'automaticItems',
      type: 'ui',
      label: `${words.label} som vises`,
      admin: {
        condition: (_, siblingData) => !siblingData?.chooseItems,
        components: {
          Field: {
            path: '/fields/AutomaticItems#AutomaticItems',
            clientProps: { collection: relationTo, plural: words.plural },
          },
        },
      },
    },
    {
      name: 'items',
      type: 'relationship',
      relationTo,
      hasMany: true,
      label: words.label,
      admin: {
        condition: (_, siblingData) => Boolean(siblingData?.chooseItems),
        description: `Bare disse vises, i denne rekkefølgen. ${capitalize(words.plural)} som legges til senere, kommer ikke med av seg selv.`,
      },
      validate: (value, options) =>
        options.siblingData && (options.siblingData as { chooseItems?: boolean }).chooseItems
          ? value?.length
            ? relationship(value, options)
            : `Velg ${words.one}, eller fjern haken for å vise alle.`
          : true,
      hooks: {
        // A choice is stored only while «Velg … selv» is ticked, so unticking it means «all» again.
        beforeChange: [({ value, siblingData }) => (siblingData.chooseItems ? value : [])],
      },
    },
  ]
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
