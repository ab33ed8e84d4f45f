import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { invalidEnvError } from './env.ts'

describe('invalidEnvError', () => {
  it('names each refused variable on its own line, never its value', () => {
    const schema = z.object({
      CMS_URL: z.url({ error: 'må være en URL' }),
      SECRET: z.string().min(32, { error: 'må være minst 32 tegn' }),
    })
    const result = schema.safeParse({ CMS_URL: 'ikke-en-url', SECRET: 'hemmelig' })
    expect(result.success).toBe(false)
    const error = invalidEnvError('web', result.error!)
    expect(error.message).toBe(
      'Ugyldig miljø for web (se .env.example):\n  CMS_URL: må være en URL\n  SECRET: må være minst 32 tegn',
    )
    expect(error.message).not.toContain('hemmelig')
  })
})
