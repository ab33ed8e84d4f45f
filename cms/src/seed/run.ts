// `payload run src/seed/run.ts`: seeds the database named by DATABASE_URL (see scripts/seed.ts).
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const payload = await getPayload({ config })
const adminEmail = process.env.ADMIN_EMAIL
const adminPassword = process.env.ADMIN_PASSWORD
await seed(payload, {
  serviceApiKey: process.env.CMS_API_KEY,
  admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
})
payload.logger.info('Seed ferdig.')
process.exit(0)
