// The production topology on loopback: the built web and cms (the e2e project's stack) behind a
// real Caddy running docker/Caddyfile, over plain HTTP. Asserts what the proxy adds or refuses.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { cmsLogin } from '@dk/testing/cmsLogin'
import { repoRoot, webDir } from '@dk/testing/paths'

import type {} from '../web/e2e/globalSetup.ts'
import { caddyInstalled, caddyPath, startCaddy, type RunningCaddy } from './lib/caddy.ts'
import { formStartedAt } from './lib/formStart.ts'

type RawResponse = { status: number; headers: Record<string, string | undefined>; body: Buffer }

/** One HTTP request without fetch's conveniences: no decompression, no redirects, raw headers. */
function raw(
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(
            Object.entries(response.headers).map(([name, value]) => [
              name,
              Array.isArray(value) ? value.join(', ') : value,
            ]),
          ),
          body: Buffer.concat(chunks),
        }),
      )
      response.on('error', reject)
    })
    // A proxy that refuses a large body may answer and close before reading all of it.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    req.end(body)
  })
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()

if (!caddyInstalled()) {
  console.warn(
    `[topology] skipped: no Caddy at ${caddyPath} (apt-get install caddy, or set CADDY_PATH)`,
  )
}

describe.skipIf(!caddyInstalled())('web and cms behind Caddy (docker/Caddyfile)', () => {
  let caddy: RunningCaddy
  let proxy: string

  beforeAll(async () => {
    caddy = await startCaddy({ webUrls: [inject('webUrl')], cmsUrls: [inject('cmsUrl')] })
    proxy = caddy.url
  })
  afterAll(async () => {
    await caddy?.stop()
  })

  it('serves the public pages from web, with web’s security headers and no HSTS over HTTP', async () => {
    const response = await fetch(`${proxy}/bygg-med-oss`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Vi trenger folk som bygger.')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    // web's own value, not the proxy's default for responses without one.
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(response.headers.get('strict-transport-security')).toBeNull()
    expect(response.headers.get('server')).toBeNull()
  })

  it('forwards nothing for a host name other than the site’s', async () => {
    for (const path of ['/bygg-med-oss', '/admin/login', '/healthz']) {
      const response = await raw(`${proxy}${path}`, { headers: { host: 'evil.example' } })
      expect(response.body.toString(), path).not.toMatch(/Vi trenger folk som bygger|ok/)
      expect(response.headers['content-security-policy'], path).toBeUndefined()
    }
  })

  it('serves the CMS admin under the same address', async () => {
    const response = await fetch(`${proxy}/admin/login`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    // The CMS's own (it is never framed); Caddy adds SAMEORIGIN only where an answer has none.
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  it('adds no X-Frame-Options to web’s live preview, which the admin shows in a frame', async () => {
    // No token: refused, but with the preview route's own headers.
    const response = await fetch(`${proxy}/forhandsvisning/pages/1`)
    expect(response.status).toBe(401)
    expect(response.headers.get('x-frame-options')).toBeNull()
    expect(response.headers.get('content-security-policy')).not.toContain("frame-ancestors 'none'")
    expect(response.headers.get('cache-control')).toBe('no-store, private')
  })

  it('compresses pages for clients that accept gzip', async () => {
    const response = await raw(`${proxy}/bygg-med-oss`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe('gzip')
    const plain = await raw(`${proxy}/bygg-med-oss`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(response.body.length).toBeLessThan(plain.body.length / 2)
  })

  it('gives SvelteKit’s hashed assets a long cache lifetime', async () => {
    // Content pages inline their CSS and send no scripts; any file of the build will do.
    const immutable = join(webDir, 'build', 'client', '_app', 'immutable')
    const asset = (await readdir(immutable, { recursive: true })).find((file) =>
      file.endsWith('.js'),
    )
    expect(asset, `a script in ${immutable}`).toBeDefined()
    const response = await fetch(`${proxy}/_app/immutable/${asset}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('max-age=31536000')
    expect(response.headers.get('cache-control')).toContain('immutable')
  })

  it('keeps the private collections from anonymous visitors', async () => {
    for (const collection of ['form-submissions', 'newsletter-subscribers', 'users']) {
      const response = await fetch(`${proxy}/api/${collection}`)
      expect([401, 403], `/api/${collection}`).toContain(response.status)
      expect(await response.text()).not.toContain('"docs"')
    }
  })

  it('does not publish web’s revalidation hook', async () => {
    const response = await fetch(`${proxy}/hooks/revalidate`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(404)
  })

  it('publishes readiness as up or down only; the outbox’s counts stay with operators', async () => {
    const ready = await fetch(`${proxy}/readyz`)
    expect(ready.status).toBe(200)
    expect((await ready.text()).trim()).toBe('ok')
    expect((await fetch(`${proxy}/hooks/readyz`)).status).toBe(404)
    // Operators ask web itself, over the internal network.
    const details = await (await fetch(`${inject('webUrl')}/hooks/readyz`)).json()
    expect(details).toMatchObject({
      cms: 'ok',
      outbox: { pending: expect.any(Number), rejected: expect.any(Number) },
    })
  })

  it('refuses request bodies over 1 MB with 413, on the site and on the API', async () => {
    const body = Buffer.alloc(2 * 1024 * 1024, 'a')
    for (const path of ['/bygg-med-oss?/signup', '/api/users/login']) {
      const response = await raw(`${proxy}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(body.length),
          origin: proxy,
        },
        body,
      })
      expect(response.status, path).toBe(413)
    }
    // A client's oversized body is not the replica's fault: it stays in, the next visitor is served.
    expect((await fetch(`${proxy}/bygg-med-oss`)).status).toBe(200)
  })

  it('passes a sign-up through to the CMS', async () => {
    const email = `topologi-${crypto.randomUUID().slice(0, 8)}@example.org`
    const response = await raw(`${proxy}/bygg-med-oss?/signup`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        // SvelteKit's CSRF check: the origin web derives from Caddy's X-Forwarded-* headers.
        origin: proxy,
      },
      body: form({
        name: 'Topologi Test',
        email,
        startedAt: await formStartedAt(`${proxy}/bygg-med-oss`),
      }),
    })
    expect([200, 303]).toContain(response.status)

    const token = await cmsLogin(proxy, inject('admin'))
    const stored = async () => {
      const response = await fetch(
        `${proxy}/api/form-submissions?where[email][equals]=${encodeURIComponent(email)}`,
        { headers: { authorization: `JWT ${token}` } },
      )
      return ((await response.json()) as { docs: unknown[] }).docs.length
    }
    // web thanks the visitor once the submission is on its disk and delivers it right after.
    await expect.poll(stored, { timeout: 15_000, interval: 200 }).toBe(1)
  })

  it('limits the admin to ADMIN_ALLOW when it is set, and only the admin', async () => {
    const restricted = await startCaddy({
      webUrls: [inject('webUrl')],
      cmsUrls: [inject('cmsUrl')],
      adminAllow: '192.0.2.0/24 2001:db8::/32',
    })
    try {
      expect((await fetch(`${restricted.url}/admin/login`)).status).toBe(403)
      expect((await fetch(`${restricted.url}/bygg-med-oss`)).status).toBe(200)
      expect((await fetch(`${restricted.url}/api/health`)).status).toBe(200)
    } finally {
      await restricted.stop()
    }
  })
})

const dockerCompose = ['/usr/bin/docker-compose', '/usr/local/bin/docker-compose'].find((path) =>
  existsSync(path),
)
if (!dockerCompose)
  console.warn('[topology] compose check skipped: no docker-compose to validate with')

describe.skipIf(!dockerCompose)('docker/compose.yaml', () => {
  const composeFile = join(repoRoot, 'docker', 'compose.yaml')
  const check = async (values: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), 'dk-compose-'))
    try {
      // docker/.env.example with its secrets filled in, and the given changes.
      let env = await readFile(join(repoRoot, 'docker', '.env.example'), 'utf8')
      for (const [name, value] of Object.entries(values))
        env = env.replace(new RegExp(`^${name}=.*$`, 'm'), `${name}=${value}`)
      await writeFile(join(dir, '.env'), env)
      // Compose lets the shell's environment win over the .env file; the test runner's own
      // PAYLOAD_SECRET and friends must not stand in for the file's.
      const shellEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir }
      return spawnSync(
        dockerCompose!,
        ['--env-file', join(dir, '.env'), '-f', composeFile, 'config'],
        { encoding: 'utf8', env: shellEnv },
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  const secrets = {
    POSTGRES_PASSWORD: 'a'.repeat(64),
    PAYLOAD_SECRET: 'b'.repeat(64),
    REVALIDATE_SECRET: 'c'.repeat(64),
    CMS_API_KEY: 'd'.repeat(48),
    RESTIC_PASSWORD: 'e'.repeat(48),
  }

  it('is valid with the documented .env, and gives each service only its own secrets', async () => {
    const result = await check(secrets)
    expect(result.status, result.stderr).toBe(0)
    const services = result.stdout.split(/\n {2}(?=\S+:\n)/)
    const service = (name: string) => services.find((block) => block.startsWith(`${name}:`)) ?? ''
    expect(service('web')).toContain(secrets.CMS_API_KEY)
    expect(service('web')).not.toContain(secrets.PAYLOAD_SECRET)
    expect(service('web')).not.toContain(secrets.POSTGRES_PASSWORD)
    expect(service('caddy')).not.toMatch(/[a-d]{48}/)
    expect(service('postgres')).toContain('scram-sha-256')
    // The backup reads the database; only it holds the key to the backups.
    expect(service('backup')).toContain(secrets.POSTGRES_PASSWORD)
    expect(service('backup')).toContain(secrets.RESTIC_PASSWORD)
    expect(service('backup')).not.toContain(secrets.PAYLOAD_SECRET)
    for (const name of ['web', 'cms', 'caddy', 'postgres'])
      expect(service(name), name).not.toContain(secrets.RESTIC_PASSWORD)
  })

  it('scales web and cms out as they are: no fixed name or host port, shared volumes', async () => {
    // `docker compose up --scale web=3 --scale cms=2`: replicas cannot share a container name or a
    // published port; Caddy alone publishes ports and finds the replicas by service name.
    const result = await check(secrets)
    expect(result.status, result.stderr).toBe(0)
    const services = result.stdout.split(/\n {2}(?=\S+:\n)/)
    const service = (name: string) => services.find((block) => block.startsWith(`${name}:`)) ?? ''
    for (const name of ['web', 'cms']) {
      expect(service(name), name).not.toContain('container_name')
      expect(service(name), name).not.toMatch(/^ {4}ports:/m)
    }
    expect(service('caddy')).not.toMatch(/_UPSTREAMS?:/)
    // Every cms replica sees every image; web replicas share the outbox and the last good content.
    expect(service('cms')).toMatch(/- media:\/app\/media\b/)
    expect(service('web')).toMatch(/- outbox:\/app\/outbox\b/)
    expect(service('web')).toMatch(/- snapshot:\/app\/snapshot\b/)
  })

  it('refuses to start without a secret', async () => {
    const result = await check({ ...secrets, PAYLOAD_SECRET: '' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('set PAYLOAD_SECRET in docker/.env')
  })
})
