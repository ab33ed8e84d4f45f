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

// How an error becomes log text: shared with the CMS (shared/src/errorForLog.ts).
export { errorForLog, LoggableError } from '@dk/shared'
