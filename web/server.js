// Starts the adapter-node build. adapter-node 6 no longer reads ORIGIN: it derives the site's
// origin from the request and assumes https unless PROTOCOL_HEADER names a header that says
// otherwise. Behind Caddy that header (X-Forwarded-Proto) is always set; a request without it
// reached us directly, over plain HTTP. Getting this right matters: the origin decides the CSRF
// check on form posts. Absolute URLs in pages never use it: they come from WEB_PUBLIC_URL.
import { createServer } from 'node:http'

process.env.PROTOCOL_HEADER ||= 'x-forwarded-proto'
process.env.HOST_HEADER ||= 'x-forwarded-host'
// The largest valid sign-up (5,000 characters of emoji, percent-encoded) is about 66 KB; anything
// much bigger is not a form a person filled in. Read once by the handler when it is imported.
process.env.BODY_SIZE_LIMIT ||= '128K'
const protocolHeader = process.env.PROTOCOL_HEADER.toLowerCase()

const { handler } = await import('./build/handler.js')
// Left by the bundle when it loaded (src/lib/server/content/keptPagesDoor.ts): answers a plain visit to a
// content page from its kept rendering, without entering SvelteKit; undefined for anything else.
const keptPages = globalThis[Symbol.for('datakollektivet.web.keptPages')]

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT ?? 10) * 1000

const server = createServer(async (request, response) => {
  request.headers[protocolHeader] ??= 'http'
  const kept = await keptPages?.(request).catch(() => undefined)
  if (!kept) return handler(request, response)
  response.writeHead(kept.status, kept.headers)
  response.end(kept.body)
})

server.listen(port, host, () => console.log(`web lytter på http://${host}:${port}`))

function shutdown() {
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), shutdownTimeoutMs).unref()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
