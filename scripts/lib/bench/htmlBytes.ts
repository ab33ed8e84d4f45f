// Bytes of each page's HTML as Caddy sends it: plain, and with each encoding the Caddyfile offers
// (`encode zstd gzip`; Caddy has no Brotli without a plugin). Read from the wire, not decoded.
import { request } from 'node:http'

import type { HtmlBytes } from './results.ts'

const encodings = ['identity', 'gzip', 'zstd'] as const

export async function measureHtmlBytes(proxyUrl: string, routes: string[]): Promise<HtmlBytes[]> {
  const measured: HtmlBytes[] = []
  for (const route of routes) {
    const sizes = {} as Record<(typeof encodings)[number], number>
    for (const encoding of encodings) sizes[encoding] = await bodyBytes(proxyUrl + route, encoding)
    measured.push({ route, ...sizes })
  }
  return measured
}

function bodyBytes(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      const sent = response.headers['content-encoding'] ?? 'identity'
      if (response.statusCode !== 200 || sent !== encoding) {
        response.resume()
        reject(new Error(`${url} with ${encoding}: ${response.statusCode}, encoded ${sent}`))
        return
      }
      let bytes = 0
      response.on('data', (chunk: Buffer) => (bytes += chunk.length))
      response.on('end', () => resolve(bytes))
      response.on('error', reject)
    })
    call.setTimeout(30_000, () => call.destroy(new Error(`${url}: no answer in 30 s`)))
    call.on('error', reject)
    call.end()
  })
}
