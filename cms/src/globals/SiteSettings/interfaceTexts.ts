import type { Field } from 'payload'

/** The small words around the content: skip link, menu, error pages. */
export const interfaceTexts: Field = {
  name: 'interface',
  type: 'group',
  label: 'Tekster rundt innholdet',
  fields: [
    { name: 'skipLink', type: 'text', label: 'Hopp til innholdet', required: true },
    {
      name: 'navigationLabel',
      type: 'text',
      label: 'Navn på hovedmenyen (for skjermlesere)',
      required: true,
    },
    {
      name: 'notFoundHeading',
      type: 'text',
      label: 'Side ikke funnet: overskrift',
      required: true,
    },
    { name: 'notFoundText', type: 'textarea', label: 'Side ikke funnet: tekst', required: true },
    { name: 'errorHeading', type: 'text', label: 'Feil: overskrift', required: true },
    { name: 'errorText', type: 'textarea', label: 'Feil: tekst', required: true },
    { name: 'homeLinkLabel', type: 'text', label: 'Lenke til forsiden', required: true },
  ],
}
