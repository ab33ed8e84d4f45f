import { z } from 'zod'

import { richTextSchema } from './richText.ts'

const id = z.number().int()

export const problemCardSchema = z.object({
  id,
  title: z.string(),
  description: richTextSchema,
  tag: z.string().nullish(),
  icon: z.string().nullish(),
})

export const contributionAreaSchema = z.object({
  id,
  title: z.string(),
  description: z.string(),
  formLabel: z.string(),
  key: z.string(),
})

export const onboardingStepSchema = z.object({
  id,
  title: z.string(),
  description: z.string(),
})

export const mediaSchema = z.object({
  id,
  alt: z.string(),
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
})

export type ProblemCard = z.infer<typeof problemCardSchema>
export type ContributionArea = z.infer<typeof contributionAreaSchema>
export type OnboardingStep = z.infer<typeof onboardingStepSchema>
export type Media = z.infer<typeof mediaSchema>
