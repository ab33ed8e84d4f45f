import type { Access, CollectionConfig } from 'payload'

const nobody: Access = () => false

/**
 * Failed and successful logins and requests for a new password, the shared counter of auth/loginThrottle.ts: in PostgreSQL, so the
 * limits hold across every CMS process. Only keyed hashes of the account and the client address are
 * kept, never the address or email themselves; rows older than 30 days are deleted as new ones come.
 * Nobody reads or writes it over the API or in the admin; only the login hook does (overrideAccess).
 */
export const LoginAttempts: CollectionConfig<'login-attempts'> = {
  slug: 'login-attempts',
  labels: { singular: 'Innloggingsforsøk', plural: 'Innloggingsforsøk' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'login',
      index: true,
      options: [
        { value: 'login', label: 'Innlogging' },
        { value: 'forgotPassword', label: 'Glemt passord' },
      ],
    },
    { name: 'account', type: 'text', required: true, index: true },
    { name: 'address', type: 'text', required: true, index: true },
    { name: 'succeeded', type: 'checkbox', required: true, defaultValue: false },
  ],
}
