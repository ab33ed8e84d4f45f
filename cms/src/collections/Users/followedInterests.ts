import type { Field, FieldAccess } from 'payload'

import { isRecruiter } from '../../access/roles'

/** Only recruiters (and admins) choose, on their own account, and only they see what they chose. */
const ownRecruiterAccount: FieldAccess = ({ req: { user }, id, doc }) =>
  isRecruiter(user) && user !== null && user.id === (id ?? doc?.id)

/**
 * The contribution areas a recruiter follows: new submissions that ask for one of them are mailed
 * to its followers (jobs/recipients/recipientsFor.ts), and the daily reminder lists the unassigned ones.
 */
export const followedInterests: Field = {
  name: 'followedInterests',
  type: 'relationship',
  relationTo: 'contribution-areas',
  hasMany: true,
  label: 'Bidragsområder jeg følger',
  access: { read: ownRecruiterAccount, create: () => false, update: ownRecruiterAccount },
  admin: {
    description:
      'Du får e-post om nye innsendte skjema som gjelder disse områdene. Har skjemaet ingen områder, eller følger ingen de områdene det gjelder, får alle rekrutterere e-posten.',
  },
}
