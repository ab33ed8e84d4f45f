import { z } from 'zod'

/** The envelope of Payload's REST list responses (`GET /api/<collection>`). */
export function paginatedDocs<T extends z.ZodType>(doc: T) {
  return z.object({
    docs: z.array(doc),
    totalDocs: z.number().int(),
    hasNextPage: z.boolean(),
  })
}
