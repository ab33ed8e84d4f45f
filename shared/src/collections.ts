import { z } from 'zod'

import { richTextSchema } from './richText.ts'

const id = z.number().int()

/** One of the sizes Payload makes of an upload (`imageSizes` on the media collection). */
const imageSizeSchema = z.object({
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
})

export const mediaSchema = z.object({
  id,
  alt: z.string(),
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  /**
   * Smaller copies for `srcset` (card, wide; a size wider than the original is not made: null),
   * and og, the 1200×630 crop for social sharing.
   */
  sizes: z
    .object({
      card: imageSizeSchema.nullish(),
      wide: imageSizeSchema.nullish(),
      og: imageSizeSchema.nullish(),
    })
    .nullish(),
})

/** An upload relation: the image when it came populated, null when the reader got only its id. */
export const optionalImageSchema = z
  .union([mediaSchema, z.number()])
  .nullish()
  .transform((image) => (typeof image === 'object' ? (image ?? null) : null))

export const problemCardSchema = z.object({
  id,
  title: z.string(),
  description: richTextSchema,
  tag: z.string().nullish(),
  icon: z.string().nullish(),
  image: optionalImageSchema,
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

export type ProblemCard = z.infer<typeof problemCardSchema>
export type ContributionArea = z.infer<typeof contributionAreaSchema>
export type OnboardingStep = z.infer<typeof onboardingStepSchema>
export type Media = z.infer<typeof mediaSchema>
