// Secrets for local development only, made once per checkout and kept in .data/ (git-ignored), so
// that a fresh clone runs without any configuration. Production gets its secrets from the operator.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { dataDir } from '@dk/testing/paths'

export type DevSecrets = {
  PAYLOAD_SECRET: string
  CMS_API_KEY: string
  REVALIDATE_SECRET: string
  ADMIN_EMAIL: string
  ADMIN_PASSWORD: string
}

export function devSecrets(): DevSecrets {
  const file = join(dataDir, 'dev-secrets.json')
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets
  const secrets: DevSecrets = {
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    CMS_API_KEY: randomBytes(24).toString('hex'),
    REVALIDATE_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'admin@datakollektivet.invalid',
    ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
  }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
