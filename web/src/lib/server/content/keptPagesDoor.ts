// The way from web's own server entry (server.js) to the kept pages, past SvelteKit's request
// path. server.js is plain JavaScript outside the bundle, so the bundle leaves a function on
// globalThis under a registered symbol (the same symbol in both, no import between them). It
// answers only what it can answer exactly as a render would; anything else (undefined) goes to
// SvelteKit, which serves the same kept pages through the hook.
import type { IncomingHttpHeaders } from 'node:http'

/** What server.js hands over: the parts of Node's request that decide a kept answer. */
export type DoorRequest = { method?: string; url?: string; headers: IncomingHttpHeaders }

/**
 * A kept page's answer as plain parts, which server.js writes as they are: building a Response
 * and reading its body back cost a visit more than the rest of the answer (issue 16). `headers` is
 * flat (name, value, name, value, ...), as Node's `writeHead` takes them without copying them into
 * a header object first.
 */
export type KeptAnswer = { status: number; headers: string[]; body?: Uint8Array }

export type KeptPagesDoor = (request: DoorRequest) => Promise<KeptAnswer | undefined>

const doorSymbol = Symbol.for('datakollektivet.web.keptPages')

export function openKeptPagesDoor(door: KeptPagesDoor): void {
  ;(globalThis as Record<symbol, unknown>)[doorSymbol] = door
}

const single = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value

/**
 * The request's origin as adapter-node derives it (PROTOCOL_HEADER, HOST_HEADER, then Host), or
 * undefined where that derivation could differ (a port header, repeated headers): those requests
 * take SvelteKit's path, which decides for itself.
 */
export function requestOrigin(
  headers: IncomingHttpHeaders,
  setting: { protocolHeader?: string; hostHeader?: string; portHeader?: string },
): string | undefined {
  if (setting.portHeader) return undefined
  const protocolHeader = setting.protocolHeader?.toLowerCase()
  const hostHeader = setting.hostHeader?.toLowerCase()
  const protocol = (protocolHeader && single(headers[protocolHeader])) || 'https'
  const host = (hostHeader && single(headers[hostHeader])) || single(headers.host)
  return host ? `${protocol}://${host}` : undefined
}
