// A real HTTP endpoint for the CMS's chat webhook (MATRIX_WEBHOOK_URL), like the test mailbox:
// it lives in the process that starts the tests, and test workers read what arrived over HTTP.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { path: string; contentType: string; body: unknown }

export async function startWebhookReceiver() {
  const received: Received[] = []
  const server = createServer((request, response) => {
    if (request.method === 'GET') {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(received))
      return
    }
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // Kept as text: a test then sees exactly what was sent.
      }
      received.push({
        path: request.url ?? '/',
        contentType: request.headers['content-type'] ?? '',
        body,
      })
      response.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    /** Give this to the CMS as MATRIX_WEBHOOK_URL; GET it to read what arrived. */
    url: `http://127.0.0.1:${port}/hook`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Posts that arrived and satisfy `match`, waiting up to `timeoutMs` for the first. */
export async function readWebhook(
  url: string,
  match: (received: Received) => boolean,
  { timeoutMs = 10_000 } = {},
): Promise<Received[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const all = (await (await fetch(url)).json()) as Received[]
    const found = all.filter(match)
    if (found.length > 0 || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
