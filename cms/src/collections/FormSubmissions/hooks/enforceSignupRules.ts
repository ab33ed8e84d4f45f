import { signupErrors, signupSchema, type SignupErrorCode } from '@dk/shared'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { FormSubmission } from '../../../payload-types'

const messages: Record<SignupErrorCode, string> = {
  required: 'Må fylles ut.',
  email: 'Er ikke en gyldig e-postadresse.',
  tooLong: 'Er for lang.',
  interests: 'Inneholder et valg som ikke finnes.',
}

/**
 * The same rules as web's form action (the shared schema), so a direct REST call cannot store
 * what the form would refuse. Interest keys must be keys of existing contribution areas.
 */
export const enforceSignupRules: CollectionBeforeValidateHook<FormSubmission> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const areas = await req.payload.find({
    collection: 'contribution-areas',
    limit: 200,
    depth: 0,
    draft: false,
    select: { key: true },
    overrideAccess: true,
    req,
  })
  const parsed = signupSchema(areas.docs.map((area) => area.key)).safeParse({
    name: data.name,
    email: data.email,
    interests: data.interests ?? [],
    message: data.message ?? undefined,
  })
  if (!parsed.success) {
    const errors = Object.entries(signupErrors(parsed.error)).map(([path, code]) => ({
      path,
      message: messages[code],
    }))
    throw new ValidationError({ collection: 'form-submissions', errors, req }, req.t)
  }
  return { ...data, ...parsed.data, message: parsed.data.message || null }
}
