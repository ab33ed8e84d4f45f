// The one way an error becomes log text, on both servers. Logs never carry personal data, request
// bodies or URLs with tokens; an error's message can hold any of them (a database error quoting a
// row, fetch quoting the request, a file path), so it is left out.

/** An error whose message is made only of facts safe to log (see errorForLog). */
export class LoggableError extends Error {}

/**
 * Its name and code (`ENOSPC`, PostgreSQL's `57P01`, a network error's cause `ECONNREFUSED`), never
 * its message. Only a LoggableError's message is logged: it is built from constants and numbers
 * (e.g. "sidevisning: CMS svarte 503").
 */
export function errorForLog(error: unknown): string {
  if (!(error instanceof Error)) return 'ukjent feil'
  if (error instanceof LoggableError) return `${error.name}: ${error.message}`
  const code = (error as { code?: unknown }).code
  const cause = (error.cause as { code?: unknown } | undefined)?.code
  return [error.name, code, cause].filter((part) => typeof part === 'string' && part).join(' ')
}
