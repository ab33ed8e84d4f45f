import { z } from 'zod'

const schema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'må være en postgres://-URL' }),
  PAYLOAD_SECRET: z.string().min(32, 'må være minst 32 tegn (lag en med `openssl rand -hex 32`)'),
  /** Public origin of the CMS (admin links in emails, live preview). */
  CMS_PUBLIC_URL: z.url().default('http://localhost:3001'),
  /** The public site as visitors reach it: links in emails and the live preview. */
  WEB_PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Where uploaded images are stored (a volume in production); relative to the working directory. */
  MEDIA_DIR: z.string().default('media'),
  /** Outgoing mail server, e.g. smtp://user:password@mail.example.org:587; unset = no mail leaves. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'må være en smtp:// eller smtps://-URL' })
    .optional(),
  EMAIL_FROM: z.email().default('ikke-svar@datakollektivet.no'),
  EMAIL_FROM_NAME: z.string().default('Datakollektivet'),
  /**
   * A generic JSON webhook (e.g. a Matrix hookshot "generic webhook") told of each new submission
   * as `{"text": "…"}` with the admin link only, never personal data; unset = no chat message.
   */
  MATRIX_WEBHOOK_URL: z
    .url({ protocol: /^https?$/, error: 'må være en http(s)://-URL' })
    .optional(),
  /**
   * How many trusted proxies append to X-Forwarded-For in front of the CMS (1: Caddy). The client
   * address for the login limits is that many entries from the right.
   */
  XFF_DEPTH: z.coerce.number().int().min(1).default(1),
  /**
   * Whether this process works the jobs queues on their schedule (notices, newsletter mails,
   * nightly cleanups). The integration tests turn it off and run the queue themselves.
   */
  JOBS_AUTORUN: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** Days a form submission is kept; a nightly job deletes older ones. /personvern says 365: change both. */
  SUBMISSION_RETENTION_DAYS: z.coerce
    .number({ error: 'må være et helt antall dager' })
    .int('må være et helt antall dager')
    .min(1, 'må være minst 1')
    .default(365),
})

export type CmsEnv = z.infer<typeof schema>

// `next build` imports the config to collect routes; it must not need production secrets, so the
// build phase gets placeholders that can never reach a running server.
const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build'
const buildPlaceholders = {
  DATABASE_URL: 'postgres://build@localhost/build',
  PAYLOAD_SECRET: 'build-phase-placeholder-never-used-at-runtime',
}

function parseEnv(): CmsEnv {
  // An empty variable (SMTP_URL= in an .env file) means unset, not an invalid value.
  const given = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''))
  const result = schema.safeParse(isBuildPhase ? { ...buildPlaceholders, ...given } : given)
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new Error(`Ugyldig miljø for cms (se .env.example):\n${problems.join('\n')}`)
  }
  return result.data
}

export const env = parseEnv()
