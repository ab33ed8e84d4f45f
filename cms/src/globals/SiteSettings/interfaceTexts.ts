import type { Field } from 'payload'

/** The small words around the content: skip link, menu, error pages. */
export const interfaceTexts: Field = {
  name: 'interface',
  type: 'group',
  label: 'Tekster rundt innholdet',
  fields: [
    {
      name: 'skipLink',
      type: 'text',
      label: 'Lenke forbi menyen',
      required: true,
      admin: {
        description: 'Vises først på hver side når man bruker tastaturet eller skjermleser.',
      },
    },
    {
      name: 'navigationLabel',
      type: 'text',
      label: 'Navn på hovedmenyen (for skjermlesere)',
      required: true,
    },
    {
      name: 'notFoundHeading',
      type: 'text',
      label: 'Siden finnes ikke: overskrift',
      required: true,
    },
    { name: 'notFoundText', type: 'textarea', label: 'Siden finnes ikke: tekst', required: true },
    { name: 'errorHeading', type: 'text', label: 'Feilside: overskrift', required: true },
    { name: 'errorText', type: 'textarea', label: 'Feilside: tekst', required: true },
    {
      name: 'homeLinkLabel',
      type: 'text',
      label: 'Feilsidene: lenketekst til forsiden',
      required: true,
    },
  ],
}
