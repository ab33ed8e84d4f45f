import type { Payload } from 'payload'

const levels = ['info', 'warn', 'error'] as const

/**
 * Every line Payload's logger writes while `work` runs, as JSON (an error with its message and
 * stack), to check that none carries personal data. Observed, not replaced: every line still
 * reaches the real logger.
 */
export async function logLinesDuring(payload: Payload, work: () => Promise<unknown>) {
  const lines: string[] = []
  const original = Object.fromEntries(levels.map((level) => [level, payload.logger[level]]))
  for (const level of levels) {
    const real = original[level]!.bind(payload.logger)
    payload.logger[level] = ((...args: unknown[]) => {
      lines.push(
        JSON.stringify(args, (_key, value) =>
          value instanceof Error ? { ...value, message: value.message, stack: value.stack } : value,
        ),
      )
      return (real as (...a: unknown[]) => void)(...args)
    }) as never
  }
  try {
    await work()
  } finally {
    Object.assign(payload.logger, original)
  }
  return lines
}
