// Both servers check their environment with a zod schema at start and refuse to run with a bad
// one; this is the one way that refusal reads.
import type { z } from 'zod'

/**
 * The error a server throws for an environment its schema refused: every problem on its own line,
 * named by variable. Values are never quoted: they may be secrets.
 */
export function invalidEnvError(server: 'web' | 'cms', error: z.ZodError): Error {
  const problems = error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  return new Error(`Ugyldig miljø for ${server} (se .env.example):\n${problems.join('\n')}`)
}
