import { z } from 'zod'

/**
 * A node of Payload's Lexical rich text as stored and served over REST. Only the properties web
 * renders are named; unknown node types pass validation and are skipped by the renderer.
 */
export type RichTextNode = {
  type: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  value?: number
  fields?: { url?: string | null; newTab?: boolean | null; linkType?: string | null } | null
  children?: RichTextNode[]
}

export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    text: z.string().optional(),
    format: z.union([z.number(), z.string()]).optional(),
    tag: z.string().optional(),
    listType: z.string().optional(),
    value: z.number().optional(),
    fields: z
      .looseObject({
        url: z.string().nullish(),
        newTab: z.boolean().nullish(),
        linkType: z.string().nullish(),
      })
      .nullish(),
    children: z.array(richTextNodeSchema).optional(),
  }),
)

export const richTextSchema = z.object({
  root: z.looseObject({ type: z.string(), children: z.array(richTextNodeSchema) }),
})

export type RichText = z.infer<typeof richTextSchema>
