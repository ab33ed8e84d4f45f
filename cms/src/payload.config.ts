// First: the process's time zone, before anything formats a date (timeZone.ts).
import './timeZone'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { deepMergeSimple } from '@payloadcms/translations/utilities'
import { buildConfig, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { ContributionAreas } from './collections/ContributionAreas'
import { FormSubmissions } from './collections/FormSubmissions'
import { LoginAttempts } from './collections/LoginAttempts'
import { Media } from './collections/Media'
import { NewsletterSubscribers } from './collections/NewsletterSubscribers'
import { OnboardingSteps } from './collections/OnboardingSteps'
import { Pages } from './collections/Pages'
import { ProblemCards } from './collections/ProblemCards'
import { ReminderDeliveries } from './collections/ReminderDeliveries'
import { SubmissionHistory } from './collections/SubmissionHistory'
import { Users } from './collections/Users'
import { withSafeDefaults } from './collections/safeDefaults'
import { changesStream } from './changes/stream'
import { health } from './endpoints/health'
import { preview } from './preview/endpoint'
import { isEditor } from './access/roles'
import { emailAdapter } from './email'
import { withMigrationLock } from './database/migrationLock'
import { handlePoolErrors } from './database/poolErrors'
import { env } from './env'
import { faviconUrl } from './admin/favicon'
import { dateFormat, enOverrides, nbOverrides, nbWalkthrough, timezones } from './admin/norwegian'
import { AlreadySubmitted } from './collections/FormSubmissions/alreadySubmitted'
import { SiteSettings } from './globals/SiteSettings'
import { tasks } from './jobs'
import { worksTheQueue } from './jobs/queueWorker'
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
    dateFormat,
    timezones,
    // Gravatar would send every editor's email hash to a third party.
    avatar: 'default',
    components: {
      graphics: { Logo: '/admin/Logo#Logo', Icon: '/admin/Icon#Icon' },
      // Norwegian for the few texts Payload writes in English outright (admin/englishLeftovers.ts).
      providers: [
        '/admin/EnglishLeftovers#EnglishLeftovers',
        '/admin/KeepScheduleOnEscape#KeepScheduleOnEscape',
        '/admin/NorwegianInputs#NorwegianInputs',
      ],
      // Shown to recruiters and admins only; the component checks who is looking.
      beforeDashboard: [
        '/collections/FormSubmissions/components/RecruitmentOverview#RecruitmentOverview',
      ],
    },
  },
  collections: [
    Pages,
    ProblemCards,
    ContributionAreas,
    OnboardingSteps,
    Media,
    FormSubmissions,
    SubmissionHistory,
    ReminderDeliveries,
    NewsletterSubscribers,
    Users,
    LoginAttempts,
  ].map(withSafeDefaults),
  globals: [SiteSettings],
  endpoints: [health, preview, changesStream],
  jobs: {
    // The jobs (jobs/index.ts) and Payload's scheduled publishing: one CMS process at a time works
    // all queues each minute (jobs/queueWorker.ts); every process queues scheduled tasks when they
    // are due.
    tasks,
    autoRun: [
      { cron: '* * * * *', allQueues: true, limit: 20 },
      // Newsletter sign-ups are answered at once and done here: the confirmation mail should not
      // wait a whole minute.
      { cron: '*/10 * * * * *', queue: 'newsletter', limit: 20 },
    ],
    // Integration test workers come and go and run the queue themselves (JOBS_AUTORUN=false); the
    // production builds in browser tests work it like production, newsletter mails included.
    // With several replicas, only the one holding the queue's lease works it.
    shouldAutoRun: async (payload) => env.JOBS_AUTORUN && (await worksTheQueue(payload)),
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
  // Connections PostgreSQL drops are logged and replaced, never an uncaught exception.
  onInit: handlePoolErrors,
  i18n: {
    supportedLanguages: { nb, en },
    fallbackLanguage: 'nb',
    translations: { nb: deepMergeSimple(nbOverrides, nbWalkthrough), en: enOverrides },
  },
  // web reads over REST only; an unused GraphQL endpoint is attack surface.
  graphQL: { disable: true },
  // Generated on purpose (payload generate:types) and checked by a test, never behind our back.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  sharp,
  telemetry: false,
})
