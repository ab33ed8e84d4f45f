import { z } from 'zod'

import { blockSchema } from './blocks.ts'
import { mediaSchema } from './collections.ts'

export const knownBlockTypes = new Set<string>(
  blockSchema.options.map((option) => option.shape.blockType.value),
)

/**
 * A page's sections. A block web does not know (a newer CMS) or one that fails validation is
 * dropped and reported through `onSkip`, so one bad section never takes the page down.
 */
export function layoutSchema(onSkip: (reason: string, block: unknown) => void = () => {}) {
  return z
    .array(z.unknown())
    .nullish()
    .transform((blocks) =>
      (blocks ?? []).flatMap((raw) => {
        const parsed = blockSchema.safeParse(raw)
        if (parsed.success) return [parsed.data]
        const type = (raw as { blockType?: unknown } | null)?.blockType
        onSkip(
          knownBlockTypes.has(String(type))
            ? `invalid ${String(type)} block`
            : `unknown block type ${String(type)}`,
          raw,
        )
        return []
      }),
    )
}

export function pageSchema(onSkip?: (reason: string, block: unknown) => void) {
  return z.object({
    id: z.number().int(),
    title: z.string(),
    slug: z.string(),
    updatedAt: z.string(),
    layout: layoutSchema(onSkip),
    seo: z
      .object({
        title: z.string().nullish(),
        description: z.string().nullish(),
        image: z.union([mediaSchema, z.number()]).nullish(),
        noIndex: z.boolean().nullish(),
      })
      .nullish(),
  })
}

export type Page = z.infer<ReturnType<typeof pageSchema>>
