import { z } from 'zod'

export const problemCardSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  tag: z.string().nullish(),
  icon: z.string().nullish(),
})

export type ProblemCard = z.infer<typeof problemCardSchema>
