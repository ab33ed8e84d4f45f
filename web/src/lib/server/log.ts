// Structured, one line per event, and never personal data: callers pass facts, not form input.
type Level = 'info' | 'warn' | 'error'

function write(level: Level, area: string, message: string) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, area, message })
  if (level === 'info') console.log(line)
  else console.error(line)
}

export const log = {
  info: (area: string, message: string) => write('info', area, message),
  warn: (area: string, message: string) => write('warn', area, message),
  error: (area: string, message: string) => write('error', area, message),
}

/** An error whose message is made only of facts safe to log (see errorForLog). */
export class LoggableError extends Error {}

/**
 * The one way an error becomes log text: its name and code (`ENOSPC`, a network error's cause
 * `ECONNREFUSED`), never its message, which may quote a form's input, a file path or a URL with a
 * token in it (fetch errors quote the request). Only a LoggableError's message is logged: it
 * is built from constants and numbers (e.g. "sidevisning: CMS svarte 503").
 */
export function errorForLog(error: unknown): string {
  if (!(error instanceof Error)) return 'ukjent feil'
  if (error instanceof LoggableError) return `${error.name}: ${error.message}`
  const code = (error as NodeJS.ErrnoException).code
  const cause = (error.cause as { code?: unknown } | undefined)?.code
  return [
    error.name,
    typeof code === 'string' ? code : undefined,
    typeof cause === 'string' ? cause : undefined,
  ]
    .filter(Boolean)
    .join(' ')
}
