import {
  signupErrors,
  signupSchema,
  submissionDeliverySchema,
  type SignupErrorCode,
} from '@dk/shared'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { FormSubmission } from '../../../payload-types'

const messages: Record<SignupErrorCode, string> = {
  required: 'Må fylles ut.',
  email: 'Er ikke en gyldig e-postadresse.',
  tooLong: 'Er for lang.',
  interests: 'Inneholder et valg som ikke finnes.',
}

/** What web adds to the form's fields (the submission contract's delivery fields). */
const deliveryMessages = {
  sourcePage: 'Må være en sti på nettstedet, som /bygg-med-oss.',
  idempotencyKey: 'Må være en UUID med små bokstaver, som web lager for hver innsending.',
}

/**
 * The same rules as web's form action (the shared schema), so a direct REST call cannot store
 * what the form would refuse. Interest keys must be keys of existing contribution areas, and a
 * field the collection does not have is refused rather than silently dropped.
 */
export const enforceSignupRules: CollectionBeforeValidateHook<FormSubmission> = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const known = new Set([
    'id',
    'createdAt',
    'updatedAt',
    ...collection.flattenedFields.map((f) => f.name),
  ])
  const errors = Object.keys(data)
    .filter((key) => !known.has(key))
    // A key is named back only when it looks like a field name: Payload logs the paths, and a key
    // could be anything, an email address too.
    .map((key) => ({
      path: /^[A-Za-z_]\w{0,40}$/.test(key) ? key : 'form',
      message: 'Er ikke et felt i skjemaet.',
    }))

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
    for (const [path, code] of Object.entries(signupErrors(parsed.error))) {
      errors.push({ path, message: messages[code] })
    }
  }
  const extra = submissionDeliverySchema.safeParse({
    sourcePage: data.sourcePage ?? undefined,
    idempotencyKey: data.idempotencyKey ?? undefined,
  })
  if (!extra.success) {
    for (const path of new Set(extra.error.issues.map((issue) => String(issue.path[0])))) {
      errors.push({ path, message: deliveryMessages[path as keyof typeof deliveryMessages] })
    }
  }
  if (errors.length > 0 || !parsed.success) {
    throw new ValidationError({ collection: 'form-submissions', errors, req }, req.t)
  }
  return { ...data, ...parsed.data, message: parsed.data.message || null }
}
