// The version history holds every draft: only editors and admins read it, over any route.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../src/access/roles'
import { contentData, type ContentSlug } from '../helpers/content'
import { testPayload } from '../helpers/payload'
import { rest, type Credentials } from '../helpers/rest'
import { createUserOfEachRole, deleteTestUsers, type TestUser } from '../helpers/users'

let payload: Payload
let users: Record<Role, TestUser>
const marker = `Hemmelig utkast ${randomUUID()}`
const created: { collection: ContentSlug; id: number }[] = []

beforeAll(async () => {
  payload = await testPayload()
  users = await createUserOfEachRole(payload)
  for (const collection of Object.keys(contentData) as ContentSlug[]) {
    const doc = await payload.create({
      collection,
      data: { ...contentData[collection](), title: marker, _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    created.push({ collection, id: doc.id })
  }
})
afterAll(async () => {
  await Promise.all(
    created.map(({ collection, id }) => payload.delete({ collection, id, overrideAccess: true })),
  )
  await deleteTestUsers(users)
})

const as = (who: 'anonymous' | Role): Credentials =>
  who === 'anonymous' ? undefined : { apiKey: users[who].apiKey }

describe.each(Object.keys(contentData) as ContentSlug[])('versions of %s', (collection) => {
  const idOf = () => created.find((doc) => doc.collection === collection)!.id

  it.each(['anonymous', 'service', 'recruiter'] as const)(
    '%s reads no version, listed or by id',
    async (who) => {
      const auth = as(who)
      const [version] = (
        await payload.findVersions({
          collection,
          where: { parent: { equals: idOf() } },
          overrideAccess: true,
        })
      ).docs
      const attempts = await Promise.all([
        rest('GET', `/${collection}/versions`, { auth }),
        rest('GET', `/${collection}/versions`, {
          auth,
          query: { 'where[parent][equals]': String(idOf()) },
        }),
        rest('GET', `/${collection}/versions/${version!.id}`, { auth }),
      ])
      for (const response of attempts) {
        expect(response.status).toBe(403)
        expect(JSON.stringify(response.body)).not.toContain(marker)
      }
    },
  )

  it.each(['editor', 'admin'] as const)('%s reads the history', async (who) => {
    const listed = await rest('GET', `/${collection}/versions`, {
      auth: as(who),
      query: { 'where[parent][equals]': String(idOf()) },
    })
    expect(listed.status).toBe(200)
    expect(listed.body.docs[0].version.title).toBe(marker)
  })
})

describe('versions of the site settings', () => {
  it.each(['anonymous', 'service', 'recruiter'] as const)('%s reads none', async (who) => {
    const response = await rest('GET', '/globals/site-settings/versions', { auth: as(who) })
    expect(response.status).toBe(403)
  })

  it.each(['editor', 'admin'] as const)('%s reads the history', async (who) => {
    const response = await rest('GET', '/globals/site-settings/versions', { auth: as(who) })
    expect(response.status).toBe(200)
  })
})
