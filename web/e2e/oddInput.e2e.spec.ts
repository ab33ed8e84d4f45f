// Input anyone can send must never make web answer 5xx: odd addresses and query strings, and form
// posts with content types, encodings and bodies no browser sends. Each case is one request to
// the production build; the list of answers at or over 500 must be empty.
import { request } from 'node:http'

import { describe, expect, inject, it } from 'vitest'

type Case = { method: 'GET' | 'POST'; path: string; contentType?: string; body?: string }

/** A request as given: fetch() would normalise the path and refuse some of these. */
function send({ method, path, contentType, body }: Case): Promise<number> {
  const url = new URL(inject('webUrl'))
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      // Past SvelteKit's CSRF check, so the request reaches the action itself.
      origin: url.origin,
      accept: 'text/html',
    }
    if (contentType !== undefined) headers['content-type'] = contentType
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body))
    const req = request(
      { host: url.hostname, port: url.port, method, path, headers, timeout: 20_000 },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    req.on('timeout', () => req.destroy(new Error('no answer within 20 s')))
    req.on('error', reject)
    req.end(body)
  })
}

const paths = [
  '/',
  '/?',
  '/?%',
  '/?a=%',
  '/?a=%zz&b=%E0%A4%A',
  '/?a[]=1&a[b]=2',
  `/?${'a=1&'.repeat(2_000)}`,
  '/?x-sveltekit-invalidated=1',
  '/?x-sveltekit-invalidated=0110',
  '/?/signup',
  '/bygg-med-oss?/signup',
  '/bygg-med-oss?/',
  '/__data.json',
  '/bygg-med-oss/__data.json',
  '/bygg-med-oss/__data.json?x-sveltekit-invalidated=01',
  '/bygg-med-oss/__route.js',
  '/%',
  '/%E0%A4%A',
  '/%00',
  '/%C0%AF',
  '/..%2F..%2Fetc%2Fpasswd',
  '/bygg-med-oss/..%2F..%2Fserver.js',
  `/${'a'.repeat(3_000)}`,
  '/Bygg-Med-Oss',
  '/bygg--med-oss',
  '/forside',
  '/sitemap.xml?%',
  '/robots.txt?x=%',
  '/healthz?%',
  '/readyz?%',
  '/hooks/revalidate',
  '/forhandsvisning/pages/1',
  '/forhandsvisning/pages/1?token=%',
  '/forhandsvisning/pages/1?token=a&token=b',
  '/forhandsvisning/pages/abc?token=x',
  '/forhandsvisning/users/1?token=x',
  `/forhandsvisning/pages/1?token=${'x'.repeat(5_000)}`,
  '/nyhetsbrev/bekreft?token=%',
  '/nyhetsbrev/bekreft?token[]=a',
  `/nyhetsbrev/avmeld?token=${'x'.repeat(5_000)}`,
  '/_app/immutable/../../../server.js',
  '/_app/immutable/%2e%2e/%2e%2e/server.js',
  '/_app/version.json?%',
  '/_app/immutable/assets/signup-form.js?%',
  '/favicon.ico',
  '/?token=%00',
  '/nyhetsbrev',
  '/nyhetsbrev/',
  '/bygg-med-oss/',
  '/bygg-med-oss//',
  '//evil.example',
]

const formPosts = ['/bygg-med-oss?/signup', '/?/newsletter']

// Bodies a form action could be sent; most are refused before the form is read.
const bodies: Omit<Case, 'method' | 'path'>[] = [
  { contentType: 'text/plain', body: 'name=Kari&email=kari@example.org' },
  { contentType: 'text/plain;charset=UTF-8', body: 'name=Kari\nemail=kari@example.org' },
  { contentType: 'application/json', body: '{"name":"Kari","email":"kari@example.org"}' },
  { contentType: 'application/json', body: '{' },
  { contentType: 'application/xml', body: '<form><name>Kari</name></form>' },
  { contentType: 'image/png', body: '\u0089PNG' },
  { contentType: 'multipart/form-data', body: 'name=Kari' },
  { contentType: 'multipart/form-data; boundary=x', body: '--x\r\nno headers here' },
  {
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nKari',
  },
  { contentType: 'multipart/form-data; boundary=', body: '--\r\n' },
  { contentType: 'application/x-www-form-urlencoded; charset=utf-16', body: 'name=Kari' },
  { contentType: 'application/x-www-form-urlencoded', body: 'name=%&email=%zz' },
  { contentType: 'application/x-www-form-urlencoded', body: 'interests=x&'.repeat(10_000) },
  { contentType: 'application/x-www-form-urlencoded', body: `${'f=&'.repeat(30_000)}` },
  { contentType: 'APPLICATION/X-WWW-FORM-URLENCODED', body: 'name=Kari' },
  { contentType: 'x/y', body: 'name=Kari' },
  { contentType: ';', body: 'name=Kari' },
  { contentType: '', body: 'name=Kari' },
  { body: 'name=Kari' },
  { contentType: 'application/x-www-form-urlencoded' },
  { contentType: 'multipart/form-data; boundary=x', body: '--x--' },
  { contentType: 'application/x-www-form-urlencoded', body: '\u0000\u0001=\u0002' },
]

const cases: Case[] = [
  ...paths.map((path): Case => ({ method: 'GET', path })),
  ...formPosts.flatMap((path) => bodies.map((body): Case => ({ method: 'POST', path, ...body }))),
  // A link page's form: its limiter counts every post, so only the odd content types.
  ...bodies
    .slice(0, 4)
    .map((body): Case => ({ method: 'POST', path: '/nyhetsbrev/bekreft', ...body })),
  ...['/bygg-med-oss?/nope', '/bygg-med-oss?/', '/sitemap.xml', '/readyz', '/bygg-med-oss'].map(
    (path): Case => ({ method: 'POST', path, contentType: 'text/plain', body: 'x' }),
  ),
]

describe('odd input', () => {
  it(`answers ${cases.length} odd requests without a server error`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
    const serverErrors: string[] = []
    for (const one of cases) {
      const status = await send(one)
      if (status >= 500 || status === 0)
        serverErrors.push(
          `${status} ${one.method} ${one.path.slice(0, 80)} ${one.contentType ?? ''} ${(one.body ?? '').slice(0, 40)}`,
        )
    }
    expect(serverErrors).toEqual([])
  }, 300_000)
})
