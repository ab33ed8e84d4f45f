import {
  isFieldName,
  signupErrors,
  signupSchema,
  submissionDeliverySchema,
  type Signup,
  type SignupErrorCode,
} from '@dk/shared'
import type { PayloadRequest } from 'payload'

/** A refused field, as Payload's ValidationError names it: the path, and a message in Bokmål. */
export type FieldProblem = { path: string; message: string }

/** What the rules need to know once, however many submissions they check. */
export type SignupRules = {
  knownFields: ReadonlySet<string>
  /** The shared schema with the contribution areas' keys: made once, used for every item. */
  schema: ReturnType<typeof signupSchema>
}

/** A submission that passed: the form's fields normalised, and web's delivery fields. */
export type CheckedSignup = {
  form: Signup
  delivery: { sourcePage?: string | undefined; idempotencyKey?: string | undefined }
}

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

/** The collection's fields and the contribution areas' keys: one read, for one or many checks. */
export async function signupRules(req: PayloadRequest): Promise<SignupRules> {
  const { flattenedFields } = req.payload.collections['form-submissions'].config
  const areas = await req.payload.find({
    collection: 'contribution-areas',
    limit: 200,
    depth: 0,
    draft: false,
    select: { key: true },
    overrideAccess: true,
    req,
  })
  return {
    knownFields: new Set(['id', 'createdAt', 'updatedAt', ...flattenedFields.map((f) => f.name)]),
    schema: signupSchema(areas.docs.map((area) => area.key)),
  }
}

/**
 * The same rules as web's form action (the shared schema), so a direct REST call cannot store
 * what the form would refuse. Interest keys must be keys of existing contribution areas, and a
 * field the collection does not have is refused rather than silently dropped.
 */
export function checkSignup(
  data: Record<string, unknown>,
  rules: SignupRules,
): CheckedSignup | { errors: FieldProblem[] } {
  const errors: FieldProblem[] = Object.keys(data)
    .filter((key) => !rules.knownFields.has(key))
    // Named back only when it looks like a field name (isFieldName): Payload logs the paths.
    .map((key) => ({
      path: isFieldName(key) ? key : 'form',
      message: 'Er ikke et felt i skjemaet.',
    }))
  const parsed = rules.schema.safeParse({
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
  const delivery = submissionDeliverySchema.safeParse({
    sourcePage: data.sourcePage ?? undefined,
    idempotencyKey: data.idempotencyKey ?? undefined,
  })
  if (!delivery.success) {
    for (const path of new Set(delivery.error.issues.map((issue) => String(issue.path[0])))) {
      errors.push({ path, message: deliveryMessages[path as keyof typeof deliveryMessages] })
    }
  }
  if (errors.length > 0 || !parsed.success || !delivery.success) return { errors }
  return { form: parsed.data, delivery: delivery.data }
}
