// One throwaway PostgreSQL for the integration tests, migrated with Payload's own CLI.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { TestProject } from 'vitest/node'

import { startMailbox } from '@dk/testing/mailbox'
import { payloadCli } from '@dk/testing/payloadCli'
import { startPostgres } from '@dk/testing/postgres'

import { startWebhookReceiver } from './helpers/webhookReceiver.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Mail Payload sent: read it with readMail() from @dk/testing/mailbox. */
    mailboxUrl: string
    /** The chat webhook's receiver: read it with readWebhook() from helpers/webhookReceiver.ts. */
    webhookUrl: string
  }
}

export default async function setup(project: TestProject) {
  const mailbox = await startMailbox()
  project.provide('mailboxUrl', mailbox.httpUrl)
  const webhook = await startWebhookReceiver()
  project.provide('webhookUrl', webhook.url)
  const postgres = await startPostgres()
  await postgres.createDatabase('dk_int')
  // Test workers inherit this environment; cms/src/env.ts reads it.
  process.env.DATABASE_URL = postgres.databaseUrl('dk_int')
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  // Each test runs the queue itself when it wants the jobs done.
  process.env.JOBS_AUTORUN = 'false'
  process.env.SMTP_URL = mailbox.smtpUrl
  process.env.MATRIX_WEBHOOK_URL = webhook.url
  // Uploads (the seed's image, the image tests') go to a folder of this run's own.
  const mediaDir = await mkdtemp(join(tmpdir(), 'dk-int-media-'))
  process.env.MEDIA_DIR = mediaDir
  await payloadCli(['migrate'], process.env, () => {})
  return async () => {
    await postgres.stop()
    await mailbox.stop()
    await webhook.stop()
    await rm(mediaDir, { recursive: true, force: true })
  }
}
