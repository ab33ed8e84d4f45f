// The CMS's change stream (server-sent events) through docker/Caddyfile, as a web replica would
// hold it when it reaches the CMS through the proxy: each event must arrive while the upstream
// still holds the next one back, compressed or not. A proxy that buffered would hold the first
// event until more came (or the stream ended), and this test would never see it.
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { changesStreamPath } from '../shared/src/contracts/changes.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caddyInstalled, startCaddy, type RunningCaddy } from './lib/caddy.ts'

describe.skipIf(!caddyInstalled())('the change stream through Caddy', () => {
  let caddy: RunningCaddy
  let upstream: ReturnType<typeof createServer>
  const streams: ServerResponse[] = []

  beforeAll(async () => {
    // Stands in for both web (its health check) and the CMS (the stream), as the CMS answers it.
    upstream = createServer((request, response) => {
      if (request.url !== changesStreamPath) return void response.end('ok')
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store, no-transform',
      })
      response.write('event: ready\ndata: {}\n\n')
      streams.push(response)
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
    caddy = await startCaddy({ webUrls: [url], cmsUrls: [url] })
  })

  afterAll(async () => {
    for (const stream of streams) stream.destroy()
    await caddy?.stop()
    await new Promise((resolve) => upstream?.close(resolve))
  })

  for (const encoding of ['identity', 'gzip, deflate, br, zstd']) {
    it(`passes each event at once (Accept-Encoding: ${encoding})`, async () => {
      const response = await fetch(`${caddy.url}${changesStreamPath}`, {
        headers: { Accept: 'text/event-stream', 'Accept-Encoding': encoding },
      })
      expect(response.status).toBe(200)
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
      let text = ''
      const until = async (needle: string) => {
        while (!text.includes(needle)) {
          const { value, done } = await reader.read()
          if (done) throw new Error(`the stream ended: ${text}`)
          text += value
        }
      }
      await until('event: ready')
      // Only now does the upstream send the next one.
      streams.at(-1)!.write('event: change\ndata: {"n":1}\n\n')
      await until('{"n":1}')
      streams.at(-1)!.write(': ping\n\nevent: change\ndata: {"n":2}\n\n')
      await until('{"n":2}')
      await reader.cancel()
    })
  }
})
