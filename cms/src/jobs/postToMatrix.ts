import type { TaskConfig } from 'payload'

import { env } from '../env'
import { submissionLink } from './recipients/submissionLink'

/**
 * Tells the team's chat room through MATRIX_WEBHOOK_URL that a submission came in, with the
 * admin link and nothing about the person: chat history is shared widely and kept forever.
 * The body is the generic JSON `{"text": "…"}` a Matrix hookshot generic webhook posts as-is.
 */
export const postToMatrix: TaskConfig<'postToMatrix'> = {
  slug: 'postToMatrix',
  label: 'Varsle Matrix-rommet',
  inputSchema: [{ name: 'submission', type: 'number', required: true }],
  retries: 5,
  handler: async ({ input }) => {
    if (!env.MATRIX_WEBHOOK_URL) return { output: {} }
    const response = await fetch(env.MATRIX_WEBHOOK_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: `Nytt innsendt skjema fra «Bygg med oss»: ${submissionLink(input.submission)}`,
      }),
      signal: AbortSignal.timeout(10_000),
    })
    // A failed post is retried by the jobs queue; the address may hold a token, so it is not logged.
    if (!response.ok) throw new Error(`Matrix-webhooken svarte ${response.status}`)
    return { output: {} }
  },
}
