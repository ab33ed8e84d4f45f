import { env } from '../env.ts'
import { RateLimiter } from './rateLimit.ts'

const windowMs = 10 * 60_000

/**
 * One limiter per form, made on first use: the limit comes from the environment
 * (FORM_RATE_LIMIT posts per visitor address every ten minutes), read only once the server runs.
 */
export function formRateLimiter(): () => RateLimiter {
  let limiter: RateLimiter | undefined
  return () => (limiter ??= new RateLimiter(env().FORM_RATE_LIMIT, windowMs))
}
