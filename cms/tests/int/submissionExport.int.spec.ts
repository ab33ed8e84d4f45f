// GET /api/form-submissions/export.csv: what recruiters download to a spreadsheet.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { deleteSubmissionsOf, submissionBody } from '../helpers/submissions'
import { createTestUser, createUsers, type TestUser } from '../helpers/users'
import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'

const GET = REST_GET(config)
let payload: Payload
let recruiter: TestUser
let admin: TestUser
const marker = randomUUID()
const people = {
  plain: submissionBody({ name: `Kari ${marker}`, message: 'Hei; "sitat"\nny linje' }),
  formula: submissionBody({ name: `=1+1 ${marker}`, message: '@SUM(A1:A9)' }),
  spam: submissionBody({ name: `Spam ${marker}`, message: '-2+3' }),
}

/** The raw response, as a browser would download it. */
async function download(query: Record<string, string>, apiKey?: string) {
  const url = new URL('http://localhost/api/form-submissions/export.csv')
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  const response = await GET(
    new Request(url, { headers: apiKey ? { Authorization: `users API-Key ${apiKey}` } : {} }),
    { params: Promise.resolve({ slug: ['form-submissions', 'export.csv'] }) },
  )
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) }
}

const ours = { 'where[name][contains]': marker }

beforeAll(async () => {
  payload = await testPayload()
  ;({ recruiter, admin } = await createUsers(payload, ['recruiter', 'admin']))
  for (const body of Object.values(people)) {
    await payload.create({
      collection: 'form-submissions',
      data: { ...body, status: 'new' },
      overrideAccess: true,
    })
  }
  const { docs } = await payload.find({
    collection: 'form-submissions',
    where: { email: { equals: people.spam.email } },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'form-submissions',
    id: docs[0]!.id,
    data: { status: 'spam', internalNotes: 'Søppel', assignee: recruiter.user.id },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await deleteSubmissionsOf(
    payload,
    Object.values(people).map((person) => person.email),
  )
  await Promise.all([recruiter.cleanup(), admin.cleanup()])
})

describe('CSV export', () => {
  it('is UTF-8 with a BOM, Norwegian headers, one quoted row per submission', async () => {
    const { response, bytes } = await download({ ...ours, sort: 'createdAt' }, recruiter.apiKey)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="innsendte-skjema-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    const lines = text.split('\r\n')
    expect(lines[0]).toBe(
      '"Innsendt";"Navn";"E-post";"Interessert i";"Melding";"Sendt fra side";"Status";"Ansvarlig";"Interne notater";"Sendt på nytt (antall)";"Sist sendt på nytt";"ID"',
    )
    // Three submissions, each quoted; the plain one's line break stays inside its quotes.
    expect(text).toContain(
      `"Kari ${marker}";"${people.plain.email}";"";"Hei; ""sitat""\nny linje";"/bygg-med-oss";"Ny";""`,
    )
    expect(text.endsWith('\r\n')).toBe(true)
  })

  it('defuses cells a spreadsheet would run as formulas', async () => {
    const { bytes } = await download(ours, recruiter.apiKey)
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain(`"'=1+1 ${marker}"`)
    expect(text).toContain(`"'@SUM(A1:A9)"`)
    expect(text).toContain(`"'-2+3"`)
    expect(text).not.toMatch(/(^|;)"[=+\-@]/m)
  })

  it('exports what the list filter selects, with status, assignee and notes', async () => {
    const { bytes } = await download({ ...ours, 'where[status][equals]': 'spam' }, admin.apiKey)
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(`"Spam ${marker}";"${people.spam.email}"`)
    expect(lines[1]).toContain(`"Søppel";"${recruiter.user.email}";"Søppel"`)
  })

  it('honours the list search', async () => {
    const { bytes } = await download({ search: people.plain.email }, recruiter.apiKey)
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(people.plain.email)
  })

  it('refuses a filter on a field that does not exist with a 4xx', async () => {
    const { response } = await download({ 'where[nope][equals]': 'x' }, recruiter.apiKey)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

describe('CSV export access', () => {
  it('answers 401 to anonymous visitors', async () => {
    const { response, bytes } = await download(ours)
    expect(response.status).toBe(401)
    expect(new TextDecoder().decode(bytes)).not.toContain(marker)
  })

  it.each(['editor', 'service'] as const)('answers 403 to the %s', async (role) => {
    const user = await createTestUser(payload, [role])
    try {
      const { response, bytes } = await download(ours, user.apiKey)
      expect(response.status).toBe(403)
      expect(new TextDecoder().decode(bytes)).not.toContain(marker)
    } finally {
      await user.cleanup()
    }
  })
})
