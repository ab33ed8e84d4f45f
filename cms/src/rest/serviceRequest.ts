import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { hasRole } from '../access/roles'

/** A small call: web sends a few hundred bytes; anything much larger is not web. */
export const smallBodyBytes = 2_048

/**
 * The JSON body of a call from web's service user (or an admin), at most `maxBytes` long (413
 * above), or the Response that refuses it. Personal data never goes into the answer.
 */
export async function serviceJson(
  req: PayloadRequest,
  maxBytes = smallBodyBytes,
): Promise<{ body: unknown } | Response> {
  if (!hasRole(req.user, 'service', 'admin'))
    return Response.json({ error: 'forbidden' }, { status: 403 })
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes)
    return Response.json({ error: 'tooLarge' }, { status: 413 })
  const bytes = await new Response(req.body).arrayBuffer()
  if (bytes.byteLength > maxBytes) return Response.json({ error: 'tooLarge' }, { status: 413 })
  try {
    return { body: JSON.parse(new TextDecoder().decode(bytes)) as unknown }
  } catch {
    return Response.json({ error: 'invalid' }, { status: 400 })
  }
}

export const noStore = { 'Cache-Control': 'no-store' }

/**
 * The body of a call from web's service user, parsed with `schema`; or the Response that refuses it:
 * serviceJson's, or 400 `{ error: refusal }` when the body does not fit.
 */
export async function serviceBody<Schema extends z.ZodType>(
  req: PayloadRequest,
  schema: Schema,
  refusal: string,
  maxBytes = smallBodyBytes,
): Promise<{ data: z.output<Schema> } | Response> {
  const input = await serviceJson(req, maxBytes)
  if (input instanceof Response) return input
  const parsed = schema.safeParse(input.body)
  if (!parsed.success) return Response.json({ error: refusal }, { status: 400, headers: noStore })
  return { data: parsed.data }
}
