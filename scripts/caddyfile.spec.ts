// docker/Caddyfile as Caddy reads it (`caddy adapt`), with its defaults: what it would forward.
import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { caddyInstalled, caddyPath, caddyfilePath } from './lib/caddy.ts'

type Route = { match?: { host?: string[] }[] }
type Config = { apps: { http: { servers: Record<string, { routes?: Route[] }> } } }

type Proxy = {
  handler: 'reverse_proxy'
  upstreams?: { dial: string }[]
  dynamic_upstreams?: { source: string; name: string; port: string; refresh?: number }
  load_balancing?: {
    selection_policy?: { policy: string }
    try_duration?: number
    retry_match?: unknown
  }
  health_checks?: { active?: { uri?: string }; passive?: { fail_duration?: number } }
}

function adapt(env: Record<string, string>): Config {
  const inherited = { ...process.env }
  for (const name of ['SITE_ADDRESS', 'REPLICAS', 'WEB_UPSTREAMS', 'CMS_UPSTREAMS'])
    delete inherited[name]
  const result = spawnSync(
    caddyPath,
    ['adapt', '--adapter', 'caddyfile', '--config', caddyfilePath],
    { env: { ...inherited, ...env }, encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as Config
}

/** Every reverse_proxy handler in the config, wherever the routes nest it. */
function proxies(node: unknown): Proxy[] {
  if (Array.isArray(node)) return node.flatMap(proxies)
  if (typeof node !== 'object' || node === null) return []
  const found = Object.values(node).flatMap(proxies)
  return (node as { handler?: string }).handler === 'reverse_proxy'
    ? [node as Proxy, ...found]
    : found
}

/** The proxies to web (hashed by client address) and to cms (taking turns). */
function byApp(config: Config) {
  const all = proxies(config)
  const web = all.filter((proxy) => proxy.load_balancing?.selection_policy?.policy === 'ip_hash')
  const cms = all.filter((proxy) => proxy.load_balancing?.selection_policy?.policy !== 'ip_hash')
  return { all, web, cms }
}

const seconds = 1_000_000_000

describe.skipIf(!caddyInstalled())('docker/Caddyfile', () => {
  // A catch-all site (`:80`) would pass requests for any Host name to web and cms.
  it('forwards only requests for the site’s own host, also with SITE_ADDRESS unset', () => {
    for (const env of [{}, { SITE_ADDRESS: 'datakollektivet.no' }] as Record<string, string>[]) {
      const servers = Object.values(adapt(env).apps.http.servers)
      expect(servers.length).toBeGreaterThan(0)
      for (const server of servers)
        for (const route of server.routes ?? [])
          expect(
            route.match?.every((match) => (match.host?.length ?? 0) > 0),
            JSON.stringify(route),
          ).toBe(true)
    }
  })

  it('finds every replica of web and cms by its compose service name, with nothing to configure', () => {
    const { all, web, cms } = byApp(adapt({}))
    // /api/media and the rest of the CMS; the hashed assets and the rest of the site.
    expect(web).toHaveLength(2)
    expect(cms).toHaveLength(2)
    for (const proxy of web)
      expect(proxy.dynamic_upstreams).toEqual({
        source: 'a',
        name: 'web',
        port: '3000',
        refresh: 1 * seconds,
      })
    for (const proxy of cms) {
      expect(proxy.dynamic_upstreams).toMatchObject({ source: 'a', name: 'cms', port: '3001' })
      expect(proxy.load_balancing?.selection_policy?.policy).toBe('round_robin')
    }
    for (const proxy of all) {
      expect(proxy.upstreams).toBeUndefined()
      // A failed request is tried on another replica for a while, not answered 502 at once.
      expect(proxy.load_balancing?.try_duration).toBeGreaterThanOrEqual(2 * seconds)
      // Only GETs, and any request whose connection was never made: a sign-up is not posted twice.
      expect(proxy.load_balancing?.retry_match).toBeUndefined()
    }
  })

  it('proxies to the listed replicas instead, health-checking each (REPLICAS=list)', () => {
    const { all, web, cms } = byApp(
      adapt({
        REPLICAS: 'list',
        WEB_UPSTREAMS: 'http://127.0.0.1:4001 http://127.0.0.1:4002 http://127.0.0.1:4003',
        CMS_UPSTREAMS: 'http://127.0.0.1:5001 http://127.0.0.1:5002',
      }),
    )
    expect(all).toHaveLength(4)
    for (const proxy of web) {
      expect(proxy.upstreams?.map((upstream) => upstream.dial)).toEqual([
        '127.0.0.1:4001',
        '127.0.0.1:4002',
        '127.0.0.1:4003',
      ])
      expect(proxy.health_checks?.active?.uri).toBe('/healthz')
    }
    for (const proxy of cms) {
      expect(proxy.upstreams).toHaveLength(2)
      expect(proxy.health_checks?.active?.uri).toBe('/api/health')
    }
    for (const proxy of all) {
      expect(proxy.dynamic_upstreams).toBeUndefined()
      // Passive checks would count a client's oversized or broken-off body against the replica.
      expect(proxy.health_checks?.passive).toBeUndefined()
    }
  })
})
