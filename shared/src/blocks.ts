import { z } from 'zod'

import {
  contributionAreaSchema,
  mediaSchema,
  onboardingStepSchema,
  problemCardSchema,
} from './collections.ts'
import { linkListSchema, optionalLinkSchema } from './link.ts'
import { richTextSchema } from './richText.ts'

const base = { id: z.string().nullish() }
/** Relationship items arrive populated (depth ≥ 1); an id alone means the reader may not see it. */
const populated = <T extends z.ZodType<object>>(schema: T) =>
  z
    .array(z.union([schema, z.number()]))
    .nullish()
    .transform((items) => (items ?? []).flatMap((item) => (typeof item === 'number' ? [] : [item])))

export const heroBlockSchema = z.object({
  ...base,
  blockType: z.literal('hero'),
  heading: z.string(),
  lead: z.string().nullish(),
  links: linkListSchema,
})

export const richTextSectionBlockSchema = z.object({
  ...base,
  blockType: z.literal('richTextSection'),
  heading: z.string().nullish(),
  content: richTextSchema,
})

export const problemCardGridBlockSchema = z.object({
  ...base,
  blockType: z.literal('problemCardGrid'),
  heading: z.string(),
  intro: z.string().nullish(),
  items: populated(problemCardSchema),
})

export const contributionAreaGridBlockSchema = z.object({
  ...base,
  blockType: z.literal('contributionAreaGrid'),
  heading: z.string(),
  intro: richTextSchema.nullish(),
  items: populated(contributionAreaSchema),
})

export const stepsBlockSchema = z.object({
  ...base,
  blockType: z.literal('steps'),
  heading: z.string(),
  items: populated(onboardingStepSchema),
  afterword: z.string().nullish(),
})

export const statementBlockSchema = z.object({
  ...base,
  blockType: z.literal('statement'),
  text: z.string(),
})

export const imageBlockSchema = z.object({
  ...base,
  blockType: z.literal('image'),
  // Required: an image block whose image the reader may not see (an id alone) is dropped.
  image: z.union([mediaSchema, z.number()]).transform((image, context) => {
    if (typeof image === 'object') return image
    context.addIssue({ code: 'custom', message: 'image not populated' })
    return z.NEVER
  }),
  caption: z.string().nullish(),
  width: z.enum(['text', 'wide']).nullish(),
})

export const signupFormBlockSchema = z.object({
  ...base,
  blockType: z.literal('signupForm'),
  heading: z.string(),
  intro: z.string().nullish(),
  anchor: z.string().nullish(),
})

export const otherWaysInBlockSchema = z.object({
  ...base,
  blockType: z.literal('otherWaysIn'),
  heading: z.string(),
  cards: z.array(
    z.object({
      id: z.string().nullish(),
      title: z.string(),
      text: z.string(),
      link: optionalLinkSchema,
      newsletter: z.boolean().nullish(),
      secondaryLink: optionalLinkSchema,
    }),
  ),
})

export const beliefListBlockSchema = z.object({
  ...base,
  blockType: z.literal('beliefList'),
  heading: z.string(),
  items: z.array(z.object({ id: z.string().nullish(), text: z.string() })),
  afterword: richTextSchema.nullish(),
})

export const callToActionBlockSchema = z.object({
  ...base,
  blockType: z.literal('callToAction'),
  heading: z.string(),
  content: richTextSchema.nullish(),
  links: linkListSchema,
})

export const blockSchemas = [
  heroBlockSchema,
  richTextSectionBlockSchema,
  problemCardGridBlockSchema,
  contributionAreaGridBlockSchema,
  stepsBlockSchema,
  statementBlockSchema,
  imageBlockSchema,
  signupFormBlockSchema,
  otherWaysInBlockSchema,
  beliefListBlockSchema,
  callToActionBlockSchema,
] as const

export const blockSchema = z.discriminatedUnion('blockType', blockSchemas)

export type Block = z.infer<typeof blockSchema>
export type BlockType = Block['blockType']
export type BlockOf<T extends BlockType> = Extract<Block, { blockType: T }>
