import { z } from 'zod'

export const linkSchema = z.object({ label: z.string(), href: z.string() })

/** An optional link group: shown only when both its text and address are filled in. */
export const optionalLinkSchema = z
  .object({ label: z.string().nullish(), href: z.string().nullish() })
  .nullish()
  .transform((link) => (link?.label && link.href ? { label: link.label, href: link.href } : null))

export type Link = z.infer<typeof linkSchema>
