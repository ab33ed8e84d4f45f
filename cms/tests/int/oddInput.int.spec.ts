// Bad input gets a 4xx, never a 5xx: a corpus of odd query strings, bodies and content types sent
// to the CMS's REST API as an anonymous visitor and as web's service user.
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refuseMalformed } from '../../src/rest/refuseMalformed'
import { testPayload } from '../helpers/payload'
import { createUsers, type TestUser } from '../helpers/users'

// Wrapped as src/app/(payload)/api/[...slug]/route.ts wraps them.
const handlers = {
  GET: refuseMalformed(REST_GET(config)),
  POST: refuseMalformed(REST_POST(config)),
  PATCH: refuseMalformed(REST_PATCH(config)),
  DELETE: refuseMalformed(REST_DELETE(config)),
}

let payload: Payload
let service: TestUser
let recruiter: TestUser

beforeAll(async () => {
  payload = await testPayload()
  ;({ service, recruiter } = await createUsers(payload, ['service', 'recruiter']))
})
afterAll(() => Promise.all([service.cleanup(), recruiter.cleanup()]))

type Case = {
  method: keyof typeof handlers
  /** Path and raw query string after /api, sent exactly as written. */
  url: string
  contentType?: string
  body?: string
}

const get = (url: string): Case => ({ method: 'GET', url })

const contentQueries = [
  'where[layout.content][like]=a',
  'where[layout.content][equals]=a',
  'where[layout.content][exists]=true',
  'where[layout][like]=a',
  'where[layout.heading][like]=a',
  'where[layout.items][in]=1',
  'where[seo][equals]=a',
  'where[seo.image.alt][like]=a',
  'where[title][near]=1,2',
  'where[title][within]=x',
  'where[title][intersects]=x',
  'where[title][all]=x',
  'where[title][unknownOperator]=x',
  'where[title]=x',
  'where=x',
  'where[and]=x',
  'where[or][0]=x',
  'where[or][0][title]=x',
  'where[id][equals]=abc',
  'where[id][in]=a,b',
  'where[id][greater_than]=x',
  'where[createdAt][greater_than]=ikke-en-dato',
  'where[createdAt][less_than]=9999999999999999',
  'where[_status][equals]=hemmelig',
  'where[slug][exists]=kanskje',
  'where[title][like]=%25',
  'where[title][like]=%5C',
  'where[title][like]=%00',
  'where[title][equals][0]=a&where[title][equals][1]=b',
  'where[does.not.exist][equals]=1',
  'where[__proto__][equals]=1',
  'where[constructor][prototype][x]=1',
  'sort=layout.content',
  'sort=---',
  'sort=,,,',
  'sort=nonexistent',
  'sort[]=title',
  'sort=seo.image.alt',
  'depth=-1',
  'depth=1000',
  'depth=abc',
  'limit=-1',
  'limit=abc',
  'limit=100000000000',
  'page=0',
  'page=-5',
  'page=abc',
  'page=1e309',
  'select[nonexistent]=true',
  'select=x',
  'select[layout][content]=true',
  'populate[media]=x',
  'populate=x',
  'joins=x',
  'locale=xx',
  'fallback-locale=yy',
  'draft=maybe',
  'draft=true&where[_status][equals]=draft',
  'trash=true',
  'pagination=false&limit=0',
  `where[title][like]=${'a'.repeat(5000)}`,
  'where[title][like]=%F0%9F%98%80',
  'where[title][like]=%FF%FE',
  'where[id][like]=1',
  'where[_status][like]=pub',
  'where[createdAt][like]=2',
  'where[createdAt][equals]=nei',
  'where[updatedAt][in]=a,b',
  'where[seo.image][equals]=abc',
  'where[seo.image][in]=1,x',
  'where[layout.blockType][equals]=hero',
  'where[id][equals]=99999999999',
  'where[id][exists]=kanskje',
]

const cases: Case[] = [
  ...['pages', 'problem-cards', 'contribution-areas', 'onboarding-steps'].flatMap((slug) =>
    contentQueries.map((query) => get(`/${slug}?${query}`)),
  ),
  ...contentQueries.slice(0, 20).map((query) => get(`/globals/site-settings?${query}`)),
  ...contentQueries.slice(30).map((query) => get(`/media?${query}`)),
  get('/pages/abc'),
  get('/pages/-1'),
  get('/pages/99999999999999999999'),
  get('/pages/1e5'),
  get('/pages/%00'),
  get('/pages/view/'),
  get('/pages/view/%2e%2e'),
  get(`/pages/view/${'x'.repeat(3000)}`),
  get('/pages/count?where[layout.content][like]=a'),
  get('/pages/versions?where[version.layout.content][like]=a'),
  get('/pages/versions/abc'),
  get('/form-submissions/versions'),
  get('/form-submissions/versions/1'),
  get('/newsletter-subscribers/versions'),
  get('/users/versions'),
  get('/media/versions'),
  get('/globals/site-settings/versions/abc'),
  get('/globals/nonexistent'),
  get('/nonexistent'),
  get('/nonexistent/1'),
  get('/users/me?depth=abc'),
  get('/preview/pages/1'),
  get('/preview/pages/abc?token=x'),
  get('/preview/nonexistent/1?token=x'),
  get('/preview/pages/1?token=%00%00'),
  get('/form-submissions/export.csv?sort=---'),
  get('/form-submissions/distinct?field=assignee.email'),
  get('/pages/distinct?field=layout.content'),
  get('/health?x=y'),
  ...[
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'multipart/form-data; boundary=x',
    'application/json',
    'application/xml',
    'application/json; charset=latin1',
    '',
  ].flatMap((contentType): Case[] =>
    [
      '/form-submissions',
      '/newsletter-subscribers/subscribe',
      '/newsletter-subscribers/confirm',
      '/users/login',
      '/users/forgot-password',
      '/pages',
    ].flatMap((url) => [
      { method: 'POST', url, contentType, body: 'name=Kari&email=a@b.no' },
      { method: 'POST', url, contentType, body: '{"email": ' },
      { method: 'POST', url, contentType, body: '' },
    ]),
  ),
  { method: 'POST', url: '/form-submissions', contentType: 'application/json', body: '[1,2]' },
  { method: 'POST', url: '/form-submissions', contentType: 'application/json', body: 'null' },
  { method: 'POST', url: '/form-submissions', contentType: 'application/json', body: '"x"' },
  {
    method: 'POST',
    url: '/form-submissions',
    contentType: 'application/json',
    body: '{"name": {"$gt": ""}, "email": ["a@b.no"]}',
  },
  {
    method: 'POST',
    url: '/form-submissions',
    contentType: 'application/json',
    body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
  },
  {
    method: 'POST',
    url: '/form-submissions',
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json\r\n--x--\r\n',
  },
  { method: 'PATCH', url: '/pages/abc', contentType: 'application/json', body: '{}' },
  { method: 'PATCH', url: '/pages?where[layout.content][like]=a', contentType: 'text/plain' },
  { method: 'DELETE', url: '/pages?where[layout.content][like]=a' },
  { method: 'DELETE', url: '/pages/abc' },
]

// Its own client address, so the login limits it trips do not reach other test files.
const address = `198.51.100.${Math.floor(Math.random() * 250)}`

function send(testCase: Case, apiKey?: string) {
  const url = new URL(`http://localhost/api${testCase.url}`)
  const headers = new Headers({ 'X-Forwarded-For': address })
  if (apiKey) headers.set('Authorization', `users API-Key ${apiKey}`)
  if (testCase.contentType !== undefined) headers.set('Content-Type', testCase.contentType)
  const request = new Request(url, { method: testCase.method, headers, body: testCase.body })
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  return handlers[testCase.method](request, { params: Promise.resolve({ slug }) })
}

describe('the two 500s found from outside', () => {
  it('rich text cannot be filtered: 400, for an anonymous visitor', async () => {
    const response = await send(get('/pages?where[layout.content][like]=a'))
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toBe(
      'Feltet «layout.content» kan ikke brukes til filtrering.',
    )
  })

  it.each(['service', 'recruiter'] as const)(
    'a collection without versions has none to read: 403 for %s',
    async (who) => {
      const { apiKey } = who === 'service' ? service : recruiter
      for (const url of ['/form-submissions/versions', '/newsletter-subscribers/versions']) {
        const response = await send(get(url), apiKey)
        expect(response.status).toBe(403)
      }
    },
  )
})

describe('odd input never gets a 5xx', () => {
  it('the corpus is large enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
  })

  it.each(['anonymous', 'service', 'recruiter'] as const)('as %s', async (who) => {
    const apiKey =
      who === 'anonymous' ? undefined : (who === 'service' ? service : recruiter).apiKey
    const failures: string[] = []
    for (const testCase of cases) {
      const response = await send(testCase, apiKey)
      await response.arrayBuffer()
      if (response.status >= 500)
        failures.push(
          `${response.status} ${testCase.method} ${testCase.url.slice(0, 120)} ${testCase.contentType ?? ''}`,
        )
    }
    expect(failures).toEqual([])
  })
})
