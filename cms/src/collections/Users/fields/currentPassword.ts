import type { Field } from 'payload'

/**
 * Asked for when people change their own password or email (hooks/requireCurrentPassword.ts).
 * Virtual: it is checked and dropped, never stored, and nobody reads it back.
 */
export const currentPassword: Field = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: 'Nåværende passord',
  access: { read: () => false },
  admin: {
    condition: (data, _siblingData, { user }) => Boolean(user && data?.id === user.id),
    description: 'Trengs bare når du endrer e-postadressen eller passordet ditt.',
    components: {
      Field: '/collections/Users/components/CurrentPasswordField#CurrentPasswordField',
    },
  },
}
