import type { Block } from 'payload'

export const SignupForm: Block = {
  slug: 'signupForm',
  interfaceName: 'SignupFormBlock',
  labels: { singular: 'Påmeldingsskjema', plural: 'Påmeldingsskjema' },
  fields: [
    { name: 'heading', type: 'text', label: 'Seksjonstittel', required: true },
    { name: 'intro', type: 'textarea', label: 'Ingress' },
    {
      name: 'anchor',
      type: 'text',
      label: 'Anker',
      defaultValue: 'skjema',
      admin: { description: 'Lenker til #skjema hopper hit.' },
    },
  ],
}
