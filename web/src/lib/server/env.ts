import { join, resolve } from 'node:path'

import { invalidEnvError } from '@dk/shared'
import { z } from 'zod'

// `NAME=` in .env means "not set": the default applies.
const unsetIfEmpty = z
  .string()
  .optional()
  .transform((value) => value || undefined)
const milliseconds = (fallback: number) =>
  unsetIfEmpty.transform((value) => Number(value ?? fallback)).pipe(z.number().int().positive())

const schema = z
  .object({
    NODE_ENV: z.string().optional(),
    /**
     * The site's public address (https://datakollektivet.no): every absolute URL web writes
     * (canonical, og:url, og:image, sitemap, robots.txt) is built from it, never from the request's
     * Host, which anyone can forge. Required in production; elsewhere the dev server's address.
     */
    WEB_PUBLIC_URL: unsetIfEmpty.pipe(z.url({ protocol: /^https?$/ }).optional()),
    /** Where web reaches the CMS REST API (an internal address, e.g. http://cms:3001). */
    CMS_URL: z.url(),
    /** The service user's API key; never leaves the server. */
    CMS_API_KEY: z.string().min(16, 'må være API-nøkkelen til tjenestebrukeren i CMS'),
    /** Shared with the CMS to verify its "content changed" calls (HMAC); at least 32 characters. */
    REVALIDATE_SECRET: z.string().min(32, 'må være minst 32 tegn'),
    /**
     * Signs the forms' start time (signup/startTime.ts); the same in every web replica, at least 32
     * characters. Unset: derived from REVALIDATE_SECRET, which every replica shares already.
     */
    FORM_SECRET: unsetIfEmpty.pipe(z.string().min(32, 'må være minst 32 tegn').optional()),
    /**
     * The CMS's public origin, where editors open the admin: the only page allowed to show the
     * live preview in a frame. Unset: the site's own origin (the CMS under the same domain).
     */
    CMS_PUBLIC_URL: z.url().optional(),
    /**
     * Where accepted submissions wait until the CMS has them (a volume in production). Default: the
     * repository's .data/outbox (web runs from web/ in dev and tests), or DK_DATA_DIR/outbox.
     */
    OUTBOX_DIR: unsetIfEmpty.transform((dir) =>
      resolve(
        dir ??
          (process.env.DK_DATA_DIR ? join(process.env.DK_DATA_DIR, 'outbox') : '../.data/outbox'),
      ),
    ),
    /**
     * Where web keeps the last good content from the CMS (contentSnapshot.ts), to serve the site
     * when it starts while the CMS is unreachable (a volume in production). Default: the
     * repository's .data/snapshot, or DK_DATA_DIR/snapshot.
     */
    SNAPSHOT_DIR: unsetIfEmpty.transform((dir) =>
      resolve(
        dir ??
          (process.env.DK_DATA_DIR
            ? join(process.env.DK_DATA_DIR, 'snapshot')
            : '../.data/snapshot'),
      ),
    ),
    /**
     * Days a submission the CMS refused stays in OUTBOX_DIR/rejected for an operator to look at
     * (it holds personal data); deleted after that.
     */
    OUTBOX_REJECTED_RETENTION_DAYS: unsetIfEmpty
      .transform((value) => Number(value ?? 7))
      .pipe(z.number().int().positive()),
    /** First and longest wait between delivery attempts while the CMS is unreachable. */
    OUTBOX_RETRY_MIN_MS: milliseconds(1_000),
    OUTBOX_RETRY_MAX_MS: milliseconds(5 * 60_000),
    /** Sign-up and newsletter posts one visitor address may make every ten minutes, per form. */
    FORM_RATE_LIMIT: unsetIfEmpty
      .transform((value) => Number(value ?? 5))
      .pipe(z.number().int().positive()),
  })
  .superRefine((values, context) => {
    if (values.NODE_ENV === 'production' && !values.WEB_PUBLIC_URL)
      context.addIssue({
        code: 'custom',
        path: ['WEB_PUBLIC_URL'],
        message: 'må være nettstedets offentlige adresse, f.eks. https://datakollektivet.no',
      })
  })
  .transform(({ NODE_ENV: _, WEB_PUBLIC_URL, ...values }) => ({
    ...values,
    /** WEB_PUBLIC_URL's origin: scheme, host and port, no trailing slash. */
    publicOrigin: new URL(WEB_PUBLIC_URL ?? 'http://localhost:3000').origin,
  }))

export type WebEnv = z.output<typeof schema>

let parsed: WebEnv | undefined

/** The validated environment; the first call (from `init` in hooks.server.ts) fails fast. */
export function env(): WebEnv {
  if (parsed) return parsed
  const result = schema.safeParse(process.env)
  if (!result.success) {
    throw invalidEnvError('web', result.error)
  }
  parsed = result.data
  return parsed
}
