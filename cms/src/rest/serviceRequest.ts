import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { hasRole } from '../access/roles'

/** Web sends a few hundred bytes; anything much larger is not web. */
const maxBodyBytes = 2_048

/**
 * The JSON body of a call from web's service user (or an admin), or the Response that refuses it.
 * Personal data never goes into the answer.
 */
export async function serviceJson(req: PayloadRequest): Promise<{ body: unknown } | Response> {
  if (!hasRole(req.user, 'service', 'admin'))
    return Response.json({ error: 'forbidden' }, { status: 403 })
  if (Number(req.headers.get('content-length') ?? 0) > maxBodyBytes)
    return Response.json({ error: 'tooLarge' }, { status: 413 })
  const text = await new Response(req.body).text()
  if (text.length > maxBodyBytes) return Response.json({ error: 'tooLarge' }, { status: 413 })
  try {
    return { body: JSON.parse(text) as unknown }
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
): Promise<{ data: z.output<Schema> } | Response> {
  const input = await serviceJson(req)
  if (input instanceof Response) return input
  const parsed = schema.safeParse(input.body)
  if (!parsed.success) return Response.json({ error: refusal }, { status: 400, headers: noStore })
  return { data: parsed.data }
}
