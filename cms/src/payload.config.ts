import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { buildConfig, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { ContributionAreas } from './collections/ContributionAreas'
import { FormSubmissions } from './collections/FormSubmissions'
import { Media } from './collections/Media'
import { NewsletterSubscribers } from './collections/NewsletterSubscribers'
import { deleteExpiredSubscribersTask } from './collections/NewsletterSubscribers/deleteExpiredSubscribers'
import { OnboardingSteps } from './collections/OnboardingSteps'
import { Pages } from './collections/Pages'
import { ProblemCards } from './collections/ProblemCards'
import { Users } from './collections/Users'
import { health } from './endpoints/health'
import { preview } from './endpoints/preview'
import { isEditor } from './access/roles'
import { emailAdapter } from './email'
import { withMigrationLock } from './database/migrationLock'
import { env } from './env'
import { faviconUrl } from './admin/favicon'
import { dateFormat, nbOverrides, timezones } from './admin/norwegian'
import { AlreadySubmitted } from './collections/FormSubmissions/alreadySubmitted'
import { SiteSettings } from './globals/SiteSettings'
import { deleteExpiredSubmissions } from './jobs/deleteExpiredSubmissions'
import { emailRecruiters } from './jobs/emailRecruiters'
import { postToMatrix } from './jobs/postToMatrix'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const editorsOnly = ({ req }: { req: PayloadRequest }) => isEditor(req.user)

const unrenderedFeatures = [
  'upload',
  'relationship',
  'checklist',
  'indent',
  'align',
  'superscript',
  'subscript',
  'inlineCode',
  'blocks',
  'inlineBlocks',
]

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: {
      title: 'Datakollektivet',
      titleSuffix: ' – Datakollektivet',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: faviconUrl }],
    },
    components: { graphics: { Logo: '/admin/Logo#Logo', Icon: '/admin/Icon#Icon' } },
    dateFormat,
    timezones,
    // Gravatar would send every editor's email hash to a third party.
    avatar: 'default',
  },
  collections: [
    Pages,
    ProblemCards,
    ContributionAreas,
    OnboardingSteps,
    Media,
    FormSubmissions,
    NewsletterSubscribers,
    Users,
  ],
  globals: [SiteSettings],
  endpoints: [health, preview],
  jobs: {
    // Notices of new submissions, nightly cleanups (old submissions, unconfirmed newsletter
    // sign-ups), scheduled publishing: every CMS process works all queues each minute (and queues
    // scheduled tasks when they are due).
    tasks: [emailRecruiters, postToMatrix, deleteExpiredSubmissions, deleteExpiredSubscribersTask],
    autoRun: [{ cron: '* * * * *', allQueues: true, limit: 20 }],
    // Test workers come and go; a cron in each would only keep them busy.
    shouldAutoRun: () => !process.env.VITEST,
    // Only editors and admins schedule anything; the service user never touches the queue.
    access: { run: editorsOnly, queue: editorsOnly, cancel: editorsOnly },
  },
  // A repeated submission is routine, and at error level the whole error object would be logged.
  // Payload looks levels up by any error's name; its type lists only its own (hence the spread).
  loggingLevels: { ...{ [AlreadySubmitted.name]: 'info' as const } },
  // Editors get exactly what the site renders (web/src/lib/components/RichTextNodes.svelte).
  editor: lexicalEditor({
    features: ({ defaultFeatures }) =>
      defaultFeatures.filter((feature) => !unrenderedFeatures.includes(feature.key)),
  }),
  email: emailAdapter(),
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_PUBLIC_URL,
  db: withMigrationLock(
    postgresAdapter({
      pool: { connectionString: env.DATABASE_URL },
      // The schema changes only through committed migrations, in dev too, so dev and production never drift.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
      prodMigrations: migrations,
    }),
  ),
  i18n: {
    supportedLanguages: { nb, en },
    fallbackLanguage: 'nb',
    translations: { nb: nbOverrides },
  },
  // web reads over REST only; an unused GraphQL endpoint is attack surface.
  graphQL: { disable: true },
  // Generated on purpose (payload generate:types) and checked by a test, never behind our back.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  sharp,
  telemetry: false,
})
