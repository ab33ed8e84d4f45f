import type { Access, FieldAccess } from 'payload'

import { isRecruiter } from './roles'

/** Recruiters and admins: the only people who see what visitors sent in. */
export const recruiters: Access = ({ req: { user } }) => isRecruiter(user)
export const recruitersField: FieldAccess = ({ req: { user } }) => isRecruiter(user)
