import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { seed } from '../../src/seed'
import { createTestUser, type TestUser } from './users'

export function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

/**
 * Payload with the seeded content (the contribution areas' keys are the interests a submission may
 * name) and a service user of its own, as web's sign-ups reach the CMS.
 */
export async function seededForSignups(): Promise<{ payload: Payload; service: TestUser }> {
  const payload = await testPayload()
  await seed(payload)
  return { payload, service: await createTestUser(payload, ['service']) }
}
