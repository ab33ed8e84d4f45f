import { z } from 'zod'

const schema = z.object({
  /** Where web reaches the CMS REST API (an internal address, e.g. http://cms:3001). */
  CMS_URL: z.url(),
  /** The service user's API key; never leaves the server. */
  CMS_API_KEY: z.string().min(16, 'må være API-nøkkelen til tjenestebrukeren i CMS'),
  /** Shared with the CMS to verify its "content changed" calls (HMAC); at least 32 characters. */
  REVALIDATE_SECRET: z.string().min(32, 'må være minst 32 tegn, den samme som i CMS'),
  /**
   * The CMS's public origin, where editors open the admin: the only page allowed to show the
   * live preview in a frame. Unset: the site's own origin (the CMS under the same domain).
   */
  CMS_PUBLIC_URL: z.url().optional(),
})

export type WebEnv = z.infer<typeof schema>

let parsed: WebEnv | undefined

/** The validated environment; the first call (from `init` in hooks.server.ts) fails fast. */
export function env(): WebEnv {
  if (parsed) return parsed
  const result = schema.safeParse(process.env)
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new Error(`Ugyldig miljø for web (se .env.example):\n${problems.join('\n')}`)
  }
  parsed = result.data
  return parsed
}
