// How web reads the CMS's answer to a GET: the status and the parsed body become one typed outcome,
// so no caller compares status codes or error texts of its own.
import type { z } from 'zod'

/** What a read from the CMS came to. */
export type ReadOutcome<T> =
  /** 200 and a body that fits the schema. */
  | { kind: 'ok'; value: T }
  /** Any other status: the CMS cannot answer now; web serves what it has, or says it is down. */
  | { kind: 'unavailable'; status: number }
  /**
   * 200, but the body does not fit the schema: a deploy out of step. Never shown as content.
   * `reason` names the fields that do not fit, never their values.
   */
  | { kind: 'invalid'; reason: string }

/** 200 with a body that `schema` accepts is content; anything else is not. */
export function readOutcome<T extends z.ZodType>(
  schema: T,
  status: number,
  body: unknown,
): ReadOutcome<z.infer<T>> {
  if (status !== 200) return { kind: 'unavailable', status }
  const parsed = schema.safeParse(body)
  return parsed.success
    ? { kind: 'ok', value: parsed.data }
    : { kind: 'invalid', reason: misfits(parsed.error) }
}

/** Where a body does not fit: the paths of the first few issues, never the values. */
export function misfits(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => issue.path.map(String).join('.') || '(hele svaret)')
    .join(', ')
}
