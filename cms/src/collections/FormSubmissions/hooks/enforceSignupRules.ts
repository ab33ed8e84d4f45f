import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { FormSubmission } from '../../../payload-types'
import { checkSignup, signupRules } from '../rules/signupRules'

/** The signup rules (rules/signupRules.ts) for a single create: 400 with the fields named. */
export const enforceSignupRules: CollectionBeforeValidateHook<FormSubmission> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const checked = checkSignup(data, await signupRules(req))
  if ('errors' in checked) {
    throw new ValidationError(
      { collection: 'form-submissions', errors: checked.errors, req },
      req.t,
    )
  }
  return { ...data, ...checked.form, message: checked.form.message || null }
}
