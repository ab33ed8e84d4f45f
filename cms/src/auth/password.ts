import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

// Payload's stored password format (payload/src/auth/strategies/local/generatePasswordSaltHash.ts,
// not exported): PBKDF2-SHA256, 600 000 rounds and 32 bytes behind a prefix, or the older
// 25 000 rounds and 512 bytes without one. tests/int/currentPassword.int.spec.ts checks that this
// still agrees with what Payload writes.
const currentPrefix = 'pbkdf2-sha256-v1:'
const current = { iterations: 600_000, keyLength: 32 }
const legacy = { iterations: 25_000, keyLength: 512 }

export type StoredPassword = { hash?: string | null; salt?: string | null }

/** Whether `password` is the one Payload stored as `hash` and `salt`; constant time. */
export async function passwordMatches(stored: StoredPassword, password: string): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') {
    await dummyPasswordCheck(password)
    return false
  }
  const isCurrent = hash.startsWith(currentPrefix)
  const { iterations, keyLength } = isCurrent ? current : legacy
  const expected = Buffer.from(isCurrent ? hash.slice(currentPrefix.length) : hash, 'hex')
  const actual = await derive(password, salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * The work of checking a password, for an address that has no account: the answer then takes as
 * long as for a real account's wrong password, so its timing tells nobody who has an account.
 */
export async function dummyPasswordCheck(password: string): Promise<void> {
  await derive(
    password,
    'no-account-has-this-salt',
    current.iterations,
    current.keyLength,
    'sha256',
  )
}
