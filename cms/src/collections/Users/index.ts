import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../../access/admins'
import { adminsOnServiceUser } from '../../access/apiKeys'
import { hasRole, isAdmin, roles } from '../../access/roles'
import { authCookies } from '../../auth/cookies'
import { allowQueryPaths } from '../../hooks/allowQueryPaths'
import { forgotPasswordEmailHtml, forgotPasswordSubject } from './emails/forgotPasswordEmail'
import { currentPassword } from './fields/currentPassword'
import { followedInterests } from './followedInterests'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { initialPassword } from './hooks/initialPassword'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { throttleLogins } from './hooks/throttleLogins'
import { sendInvitation } from './hooks/sendInvitation'

const roleLabels = {
  admin: 'Administrator',
  editor: 'Redaktør',
  recruiter: 'Rekrutterer',
  service: 'Tjeneste (web-appens API-nøkkel)',
} satisfies Record<(typeof roles)[number], string>

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Bruker', plural: 'Brukere' },
  auth: {
    useAPIKey: true,
    // No hard lock: anyone could keep any account locked. Logins are throttled instead
    // (auth/loginThrottle.ts, hooks/throttleLogins.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: authCookies,
    // No expiration here: it would override the invitations' longer one; Payload's default is 1 h.
    forgotPassword: {
      // At most one mail (and one new token) per account every quarter of an hour, in the database
      // so it holds across CMS processes; the answer is the same either way.
      minRequestInterval: 15 * 60 * 1000,
      generateEmailSubject: () => forgotPasswordSubject,
      generateEmailHTML: forgotPasswordEmailHtml,
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Administrasjon',
  },
  access: {
    // The service user is a machine account: it has an API key, never an admin session.
    admin: ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'recruiter'),
    read: ({ req: { user } }) => {
      if (isAdmin(user)) return true
      return user ? { id: { equals: user.id } } : false
    },
    create: admins,
    // People may change their own name and password; the service account changes only through an admin.
    update: ({ req: { user } }) => {
      if (isAdmin(user)) return true
      return hasRole(user, 'editor', 'recruiter') && user ? { id: { equals: user.id } } : false
    },
    delete: admins,
  },
  hooks: {
    beforeOperation: [throttleLogins, initialPassword, allowQueryPaths(['name', 'email', 'roles'])],
    beforeChange: [firstUserIsAdmin, requireCurrentPassword],
    afterChange: [sendInvitation],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Navn' },
    currentPassword,
    // Payload merges this into its own API key fields (enableAPIKey, apiKey, apiKeyIndex).
    {
      name: 'apiKey',
      type: 'text',
      access: { create: adminsOnServiceUser, update: adminsOnServiceUser },
    },
    {
      name: 'roles',
      type: 'select',
      label: 'Roller',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // Only admins grant roles, so nobody can raise their own.
      access: { create: adminsField, update: adminsField },
      admin: {
        description:
          'Redaktør: endrer innholdet. Rekrutterer: leser og følger opp innsendte skjema. Administrator: alt, også brukere.',
      },
    },
    followedInterests,
  ],
}
