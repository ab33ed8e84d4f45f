import { z } from 'zod'

export const linkSchema = z.object({ label: z.string(), href: z.string() })

/** An optional link group: shown only when both its text and address are filled in. */
export const optionalLinkSchema = z
  .object({ label: z.string().nullish(), href: z.string().nullish() })
  .nullish()
  .transform((link) => (link?.label && link.href ? { label: link.label, href: link.href } : null))

/** An editor's list of links (Payload array rows of `{ link }`), flattened; a missing list is empty. */
export const linkListSchema = z
  .array(z.object({ link: linkSchema }))
  .nullish()
  .transform((items) => (items ?? []).map(({ link }) => link))

export type Link = z.infer<typeof linkSchema>
