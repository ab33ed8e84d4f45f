// docker/Caddyfile as Caddy reads it (`caddy adapt`), with its defaults: what it would forward.
import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { caddyInstalled, caddyPath, caddyfilePath } from './lib/caddy.ts'

type Route = { match?: { host?: string[] }[] }
type Config = { apps: { http: { servers: Record<string, { routes?: Route[] }> } } }

function adapt(env: Record<string, string>): Config {
  const inherited = { ...process.env }
  delete inherited.SITE_ADDRESS
  const result = spawnSync(
    caddyPath,
    ['adapt', '--adapter', 'caddyfile', '--config', caddyfilePath],
    {
      env: { ...inherited, WEB_UPSTREAM: 'web:3000', CMS_UPSTREAM: 'cms:3001', ...env },
      encoding: 'utf8',
    },
  )
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as Config
}

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
})
