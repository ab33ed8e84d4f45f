import type { Field } from 'payload'

/** A link an editor writes by hand: text and address (a path on the site like /bli-medlem, or a full URL). */
export function link({ name = 'link', label = 'Lenke', required = true } = {}): Field {
  return {
    name,
    type: 'group',
    label,
    fields: [
      { name: 'label', type: 'text', label: 'Lenketekst', required, maxLength: 80 },
      {
        name: 'href',
        type: 'text',
        label: 'Adresse',
        required,
        validate: validateHref,
        admin: {
          description:
            'En side her, f.eks. /bli-medlem, eller en full adresse som begynner med https://.',
        },
      },
    ],
  }
}

export function validateHref(value: string | null | undefined): true | string {
  if (!value) return true
  if (
    // Not `//host` or `/\host`: browsers read both as another site.
    /^\/(?![/\\])/.test(value) ||
    /^#[\w-]+$/.test(value) ||
    /^https:\/\/\S+$/.test(value) ||
    /^mailto:\S+@\S+$/.test(value)
  ) {
    return true
  }
  return 'Må begynne med / (en side her), # (et avsnitt), https:// eller mailto:'
}
