import { createHmac } from 'node:crypto'

import { APIError, type PayloadRequest, type Where } from 'payload'

import { env } from '../env'
import { clientAddress } from './clientAddress'
import { dummyPasswordCheck, passwordMatches, type StoredPassword } from './password'

/**
 * Login limits that slow an attacker down without letting anyone lock a person out (a hard lock
 * after five wrong passwords was a weapon: anyone could keep any account locked). Within a
 * quarter of an hour:
 * - an address with 30 failed logins, to any accounts, is refused;
 * - an address with 5 failed logins to one account is refused for that account;
 * - an account with 30 failed logins from anywhere accepts logins only from addresses it has logged
 *   in from before (30 days); the owner elsewhere can still get in by "Glemt passord".
 * Every refusal is the same answer as a wrong password, after the same hashing work, also for
 * addresses with no account: neither the answer nor its time tells who has an account.
 */
export const loginLimits = {
  windowMs: 15 * 60 * 1000,
  perAddress: 30,
  perAccountFromAddress: 5,
  perAccount: 30,
  knownAddressMs: 30 * 24 * 60 * 60 * 1000,
  forgotPerAddress: 10,
}

export const loginRefused =
  'E-postadressen eller passordet er feil, eller det har vært for mange forsøk. Vent et kvarter og prøv igjen, eller be om nytt passord.'

const key = (kind: string, value: string) =>
  createHmac('sha256', env.PAYLOAD_SECRET).update(`login-attempts:${kind}:${value}`).digest('hex')

async function count(req: PayloadRequest, where: Where) {
  const { totalDocs } = await req.payload.count({
    collection: 'login-attempts',
    where,
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/** Checks a login before Payload does; throws the one generic refusal, or lets it through. */
export async function throttleLogin(req: PayloadRequest, emailInput: string, password: string) {
  const now = Date.now()
  const email = emailInput.trim().toLowerCase()
  const account = key('account', email)
  const address = key('address', clientAddress(req.headers, env.XFF_DEPTH))
  const recent = { greater_than: new Date(now - loginLimits.windowMs).toISOString() }
  const failed = { kind: { equals: 'login' }, succeeded: { equals: false }, createdAt: recent }
  const [fromAddress, fromAddressToAccount, toAccount, knownAddress] = await Promise.all([
    count(req, { address: { equals: address }, ...failed }),
    count(req, { address: { equals: address }, account: { equals: account }, ...failed }),
    count(req, { account: { equals: account }, ...failed }),
    count(req, {
      kind: { equals: 'login' },
      address: { equals: address },
      account: { equals: account },
      succeeded: { equals: true },
      createdAt: { greater_than: new Date(now - loginLimits.knownAddressMs).toISOString() },
    }),
  ])
  const throttled =
    fromAddress >= loginLimits.perAddress ||
    fromAddressToAccount >= loginLimits.perAccountFromAddress ||
    (toAccount >= loginLimits.perAccount && knownAddress === 0)

  const user = await req.payload.db.findOne<StoredPassword & { id: number }>({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  // The same work whatever the case: one password hash.
  const correct = user ? await passwordMatches(user, password) : false
  if (!user) await dummyPasswordCheck(password)

  if (correct && !throttled) {
    await record(req, { kind: 'login', account, address, succeeded: true })
    return
  }
  if (!correct) await record(req, { kind: 'login', account, address, succeeded: false })
  throw new APIError(loginRefused, 401, null, true)
}

export const forgotPasswordRefused =
  'For mange forespørsler om nytt passord herfra. Vent et kvarter og prøv igjen.'

/**
 * "Glemt passord" from one address: at most `forgotPerAddress` a quarter, so nobody fills many
 * people's inboxes from one place (each account gets at most one mail a quarter anyway, Payload's
 * `minRequestInterval`). The refusal is about the address, so it tells nothing about accounts.
 */
export async function throttleForgotPassword(req: PayloadRequest) {
  const address = key('address', clientAddress(req.headers, env.XFF_DEPTH))
  const since = new Date(Date.now() - loginLimits.windowMs).toISOString()
  const asked = await count(req, {
    kind: { equals: 'forgotPassword' },
    address: { equals: address },
    createdAt: { greater_than: since },
  })
  if (asked >= loginLimits.forgotPerAddress)
    throw new APIError(forgotPasswordRefused, 429, null, true)
  await record(req, { kind: 'forgotPassword', account: '-', address, succeeded: false })
}

type Attempt = {
  kind: 'login' | 'forgotPassword'
  account: string
  address: string
  succeeded: boolean
}

/** Outside the request's transaction, so a refused login's rollback keeps its record. */
async function record(req: PayloadRequest, data: Attempt) {
  const { payload } = req
  await payload.create({ collection: 'login-attempts', data, overrideAccess: true })
  await payload.delete({
    collection: 'login-attempts',
    where: {
      createdAt: { less_than: new Date(Date.now() - loginLimits.knownAddressMs).toISOString() },
    },
    overrideAccess: true,
  })
}
