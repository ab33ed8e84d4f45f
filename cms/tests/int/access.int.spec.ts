// Every access rule, for every role and for anonymous visitors, over Payload's real REST handlers.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../src/access/roles'
import { siteSettings } from '../../src/seed/content/siteSettings'
import { contentData, type ContentSlug } from '../helpers/content'
import { testPayload } from '../helpers/payload'
import { rest, type Credentials, type RestResponse } from '../helpers/rest'
import { createUserOfEachRole, deleteTestUsers, type TestUser } from '../helpers/users'

type Who = 'anonymous' | Role

const everyone: Who[] = ['anonymous', 'editor', 'recruiter', 'service', 'admin']
const editors = ['editor', 'admin'] as const
/** Everyone who sees only what is published: visitors, web's service user, recruiters. */
const readers = ['anonymous', 'service', 'recruiter'] as const
const nonAdmins = ['editor', 'recruiter', 'service'] as const

let payload: Payload
let users: Record<Role, TestUser>

beforeAll(async () => {
  payload = await testPayload()
  users = await createUserOfEachRole(payload)
})
afterAll(() => deleteTestUsers(users))

const as = (who: Who): Credentials =>
  who === 'anonymous' ? undefined : { apiKey: users[who].apiKey }
/** Every read of content is tried as published and as a draft request. */
const draftModes: Record<string, string>[] = [{}, { draft: 'true' }]
const idsOf = (response: RestResponse): number[] => response.body.docs.map((doc: any) => doc.id)
const testEmail = () => `person-${randomUUID()}@test.invalid`

describe('personal data: form submissions and newsletter subscribers', () => {
  const collections = [
    {
      collection: 'form-submissions',
      create: () =>
        payload.create({
          collection: 'form-submissions',
          data: { name: 'Kari Test', email: testEmail(), message: 'Hei', status: 'new' },
          overrideAccess: true,
        }),
      // No interests: which keys exist depends on the seed, which another file runs in parallel.
      body: () => ({ name: 'Ola Test', email: testEmail() }),
      update: { status: 'contacted' },
      creators: ['service', 'admin'],
    },
    {
      collection: 'newsletter-subscribers',
      create: () =>
        payload.create({
          collection: 'newsletter-subscribers',
          data: { email: testEmail(), status: 'pending' },
          overrideAccess: true,
        }),
      body: () => ({ email: testEmail() }),
      // Consent changes only through the endpoints' flows (newsletterConsent.int.spec.ts).
      update: null,
      creators: [],
    },
  ] as const

  describe.each(collections)('$collection', ({ collection, create, body, update, creators }) => {
    let doc: { id: number; email: string }

    beforeAll(async () => {
      doc = await create()
    })
    afterAll(() => payload.delete({ collection, id: doc.id, overrideAccess: true }))

    it.each(['anonymous', 'editor', 'service'] as const)(
      '%s can read none of them, however it asks',
      async (who) => {
        const auth = as(who)
        const attempts = await Promise.all([
          rest('GET', `/${collection}`, { auth }),
          rest('GET', `/${collection}/${doc.id}`, { auth }),
          rest('GET', `/${collection}`, { auth, query: { 'where[email][equals]': doc.email } }),
          rest('GET', `/${collection}`, { auth, query: { 'select[email]': 'true' } }),
          rest('GET', `/${collection}`, { auth, query: { depth: '2' } }),
          rest('GET', `/${collection}/${doc.id}`, { auth, query: { depth: '2' } }),
          rest('GET', `/${collection}/count`, { auth }),
        ])
        for (const response of attempts) {
          expect(response.status).toBe(403)
          expect(JSON.stringify(response.body)).not.toContain(doc.email)
        }
      },
    )

    if (collection === 'form-submissions') {
      it.each(['anonymous', 'editor', 'service'] as const)(
        '%s cannot download them as CSV either',
        async (who) => {
          const download = await rest('GET', '/form-submissions/export.csv', {
            auth: as(who),
            query: { 'where[email][equals]': doc.email },
          })
          expect(download.status).toBe(who === 'anonymous' ? 401 : 403)
          expect(JSON.stringify(download.body)).not.toContain(doc.email)
        },
      )
    }

    it.each(['recruiter', 'admin'] as const)(
      '%s reads and updates them if anyone may',
      async (who) => {
        const auth = as(who)
        const found = await rest('GET', `/${collection}`, {
          auth,
          query: { 'where[email][equals]': doc.email },
        })
        expect(idsOf(found)).toEqual([doc.id])
        const one = await rest('GET', `/${collection}/${doc.id}`, { auth })
        expect(one.body.email).toBe(doc.email)
        if (!update) return
        const updated = await rest('PATCH', `/${collection}/${doc.id}`, { auth, body: update })
        expect(updated.status).toBe(200)
        expect(updated.body.doc.status).toBe(update.status)
      },
    )

    it.each(everyone)('%s may create one only if it is one of the creators', async (who) => {
      const created = await rest('POST', `/${collection}`, { auth: as(who), body: body() })
      const allowed = (creators as readonly string[]).includes(who)
      expect(created.status).toBe(allowed ? 201 : 403)
      if (allowed)
        await payload.delete({ collection, id: created.body.doc.id, overrideAccess: true })
    })

    it.each(everyone)('%s may delete one only if it is an admin', async (who) => {
      const target = await create()
      const deleted = await rest('DELETE', `/${collection}/${target.id}`, { auth: as(who) })
      expect(deleted.status).toBe(who === 'admin' ? 200 : 403)
      const left = await payload.count({
        collection,
        where: { id: { equals: target.id } },
        overrideAccess: true,
      })
      expect(left.totalDocs).toBe(who === 'admin' ? 0 : 1)
      if (who !== 'admin') await payload.delete({ collection, id: target.id, overrideAccess: true })
    })
  })

  describe('form submissions: the recruiters’ own fields', () => {
    const cleanup: number[] = []
    afterAll(() =>
      Promise.all(
        cleanup.map((id) =>
          payload.delete({ collection: 'form-submissions', id, overrideAccess: true }),
        ),
      ),
    )

    it('the service user cannot set internal notes or an assignee, and gets none back', async () => {
      const created = await rest('POST', '/form-submissions', {
        auth: as('service'),
        body: {
          name: 'Web',
          email: testEmail(),
          internalNotes: 'Satt av web',
          assignee: users.admin.user.id,
        },
      })
      expect(created.status).toBe(201)
      cleanup.push(created.body.doc.id)
      expect(created.body.doc).not.toHaveProperty('internalNotes')
      expect(created.body.doc).not.toHaveProperty('assignee')
      const stored = await payload.findByID({
        collection: 'form-submissions',
        id: created.body.doc.id,
        overrideAccess: true,
      })
      expect(stored.internalNotes ?? null).toBeNull()
      expect(stored.assignee ?? null).toBeNull()
    })

    it('a recruiter writes and reads internal notes and the assignee', async () => {
      const submission = await payload.create({
        collection: 'form-submissions',
        data: { name: 'Kari', email: testEmail(), status: 'new' },
        overrideAccess: true,
      })
      cleanup.push(submission.id)
      const auth = as('recruiter')
      const patched = await rest('PATCH', `/form-submissions/${submission.id}`, {
        auth,
        body: { internalNotes: 'Ringt, vil jobbe med drift', assignee: users.recruiter.user.id },
      })
      expect(patched.status).toBe(200)
      const read = await rest('GET', `/form-submissions/${submission.id}`, {
        auth,
        query: { depth: '0' },
      })
      expect(read.body.internalNotes).toBe('Ringt, vil jobbe med drift')
      expect(read.body.assignee).toBe(users.recruiter.user.id)
    })

    it('a recruiter sees only the id of an assignee it may not read', async () => {
      const submission = await payload.create({
        collection: 'form-submissions',
        data: { name: 'Kari', email: testEmail(), status: 'new', assignee: users.admin.user.id },
        overrideAccess: true,
      })
      cleanup.push(submission.id)
      const read = await rest('GET', `/form-submissions/${submission.id}`, {
        auth: as('recruiter'),
        query: { depth: '2' },
      })
      expect(read.body.assignee).toBe(users.admin.user.id)
    })
  })
})

describe.each(Object.keys(contentData) as ContentSlug[])('content: %s', (collection) => {
  const marker = randomUUID()
  const titles = {
    published: `Publisert ${marker}`,
    newerDraft: `Nytt utkast ${marker}`,
    draftOnly: `Bare utkast ${marker}`,
  }
  let published: { id: number; slug?: string }
  let draftOnly: { id: number; slug?: string }

  beforeAll(async () => {
    published = await payload.create({
      collection,
      data: { ...contentData[collection](), title: titles.published, _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({
      collection,
      id: published.id,
      data: { title: titles.newerDraft },
      draft: true,
      overrideAccess: true,
    })
    draftOnly = await payload.create({
      collection,
      data: { ...contentData[collection](), title: titles.draftOnly, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
  })
  afterAll(() =>
    Promise.all(
      [published, draftOnly].map(({ id }) =>
        payload.delete({ collection, id, overrideAccess: true }),
      ),
    ),
  )

  it.each(readers)('%s sees the published version and never a draft', async (who) => {
    const auth = as(who)
    const both = { 'where[id][in]': `${published.id},${draftOnly.id}` }
    for (const draft of draftModes) {
      const one = await rest('GET', `/${collection}/${published.id}`, { auth, query: draft })
      expect(one.status).toBe(200)
      expect(one.body.title).toBe(titles.published)
      const hidden = await rest('GET', `/${collection}/${draftOnly.id}`, { auth, query: draft })
      expect(hidden.status).toBe(404)
      const list = await rest('GET', `/${collection}`, { auth, query: { ...both, ...draft } })
      expect(idsOf(list)).not.toContain(draftOnly.id)
      expect(JSON.stringify(list.body)).not.toContain(titles.newerDraft)
      expect(JSON.stringify(list.body)).not.toContain(titles.draftOnly)
      const drafts = await rest('GET', `/${collection}`, {
        auth,
        query: {
          ...draft,
          'where[_status][equals]': 'draft',
          'where[id][in]': both['where[id][in]'],
        },
      })
      expect(drafts.body.docs).toEqual([])
    }
    const list = await rest('GET', `/${collection}`, { auth, query: both })
    expect(list.body.docs.map((doc: any) => doc.title)).toEqual([titles.published])
  })

  it.each(editors)('%s sees the drafts', async (who) => {
    const auth = as(who)
    const newer = await rest('GET', `/${collection}/${published.id}`, {
      auth,
      query: { draft: 'true' },
    })
    expect(newer.body.title).toBe(titles.newerDraft)
    const hidden = await rest('GET', `/${collection}/${draftOnly.id}`, {
      auth,
      query: { draft: 'true' },
    })
    expect(hidden.body.title).toBe(titles.draftOnly)
  })

  it.each(readers)('%s cannot create, update or delete', async (who) => {
    const auth = as(who)
    const body = { ...contentData[collection](), title: `Forsøk ${marker}`, _status: 'published' }
    expect((await rest('POST', `/${collection}`, { auth, body })).status).toBe(403)
    const patch = { title: `Endret ${marker}` }
    expect(
      (await rest('PATCH', `/${collection}/${published.id}`, { auth, body: patch })).status,
    ).toBe(403)
    expect((await rest('DELETE', `/${collection}/${published.id}`, { auth })).status).toBe(403)
    const stored = await payload.findByID({ collection, id: published.id, overrideAccess: true })
    expect(stored.title).toBe(titles.published)
  })

  it.each(editors)('%s creates, publishes, saves drafts and deletes', async (who) => {
    const auth = as(who)
    const body = { ...contentData[collection](), title: `Ny ${marker}`, _status: 'published' }
    const created = await rest('POST', `/${collection}`, { auth, body })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const patched = await rest('PATCH', `/${collection}/${id}`, {
      auth,
      body: { title: `Endret ${marker}` },
    })
    expect(patched.body.doc.title).toBe(`Endret ${marker}`)
    const drafted = await rest('PATCH', `/${collection}/${id}`, {
      auth,
      query: { draft: 'true' },
      body: { title: `Utkast ${marker}` },
    })
    expect(drafted.status).toBe(200)
    expect((await rest('GET', `/${collection}/${id}`)).body.title).toBe(`Endret ${marker}`)
    const draft = await rest('GET', `/${collection}/${id}`, { auth, query: { draft: 'true' } })
    expect(draft.body.title).toBe(`Utkast ${marker}`)
    expect((await rest('DELETE', `/${collection}/${id}`, { auth })).status).toBe(200)
  })

  if (collection === 'pages') {
    it.each(readers)('%s gets no draft from the page view endpoint', async (who) => {
      const auth = as(who)
      const shown = await rest('GET', `/pages/view/${published.slug}`, { auth })
      expect(shown.body.page.title).toBe(titles.published)
      for (const draft of draftModes) {
        const hidden = await rest('GET', `/pages/view/${draftOnly.slug}`, { auth, query: draft })
        expect(hidden.body.page).toBeNull()
        const newer = await rest('GET', `/pages/view/${published.slug}`, { auth, query: draft })
        expect(JSON.stringify(newer.body)).not.toContain(titles.newerDraft)
      }
    })

    // A newer draft is shown through the live preview only (preview/endpoint.ts), to editors too.
    it.each(editors)(
      '%s gets the published version from the page view, whatever ?draft says',
      async (who) => {
        const auth = as(who)
        for (const draft of draftModes) {
          const view = await rest('GET', `/pages/view/${published.slug}`, { auth, query: draft })
          expect(view.body.page.title).toBe(titles.published)
        }
      },
    )
  }
})

describe('media', () => {
  const images: number[] = []
  // Written straight to the database: a real upload would put files in the working directory,
  // and the rules under test do not depend on the file.
  const createImage = async () => {
    const image = await payload.db.create({
      collection: 'media',
      data: { alt: 'Testbilde', filename: `test-${randomUUID()}.webp`, mimeType: 'image/webp' },
    })
    images.push(image.id)
    return image.id as number
  }
  afterAll(async () => {
    // One at a time (a bulk delete runs its queries in parallel on one connection), and by
    // `where`, because the editors' test has deleted some already.
    for (const id of images) {
      await payload.delete({
        collection: 'media',
        where: { id: { equals: id } },
        overrideAccess: true,
      })
    }
  })

  it.each(everyone)('%s reads images', async (who) => {
    const id = await createImage()
    const read = await rest('GET', `/media/${id}`, { auth: as(who) })
    expect(read.status).toBe(200)
    expect(read.body.alt).toBe('Testbilde')
  })

  it.each(readers)('%s cannot upload, change or delete images', async (who) => {
    const id = await createImage()
    const auth = as(who)
    expect((await rest('POST', '/media', { auth, body: { alt: 'Nytt' } })).status).toBe(403)
    expect((await rest('PATCH', `/media/${id}`, { auth, body: { alt: 'Endret' } })).status).toBe(
      403,
    )
    expect((await rest('DELETE', `/media/${id}`, { auth })).status).toBe(403)
  })

  it.each(editors)('%s may upload, change and delete images', async (who) => {
    const id = await createImage()
    const auth = as(who)
    // Past the access check, the upload fails only for want of a file.
    const upload = await rest('POST', '/media', { auth, body: { alt: 'Nytt' } })
    expect(upload.status).toBe(400)
    const patched = await rest('PATCH', `/media/${id}`, { auth, body: { alt: 'Endret' } })
    expect(patched.body.doc.alt).toBe('Endret')
    expect((await rest('DELETE', `/media/${id}`, { auth })).status).toBe(200)
  })
})

describe('site settings', () => {
  beforeAll(async () => {
    // Saving needs every required text; the seed's own settings when no test has saved them yet.
    const current = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    if (!current.siteName) {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: siteSettings,
        overrideAccess: true,
      })
    }
  })
  afterAll(() =>
    payload.updateGlobal({
      slug: 'site-settings',
      data: { contactEmail: null },
      overrideAccess: true,
    }),
  )

  it.each(everyone)('%s reads them', async (who) => {
    const read = await rest('GET', '/globals/site-settings', { auth: as(who) })
    expect(read.status).toBe(200)
    expect(read.body.siteName).toBeTruthy()
  })

  it.each(everyone)('%s may change them only if it is an editor or admin', async (who) => {
    const contactEmail = `${who}-${randomUUID()}@test.invalid`
    const saved = await rest('POST', '/globals/site-settings', {
      auth: as(who),
      body: { contactEmail },
    })
    const allowed = who === 'editor' || who === 'admin'
    expect(saved.status).toBe(allowed ? 200 : 403)
    const stored = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    if (allowed) expect(stored.contactEmail).toBe(contactEmail)
    else expect(stored.contactEmail).not.toBe(contactEmail)
  })
})

describe('users', () => {
  it('anonymous visitors can neither list nor read users', async () => {
    const list = await rest('GET', '/users')
    expect(list.status).toBe(403)
    const one = await rest('GET', `/users/${users.admin.user.id}`)
    expect(one.status).toBe(403)
  })

  it.each(nonAdmins)('%s lists and reads only itself', async (who) => {
    const auth = as(who)
    const list = await rest('GET', '/users', { auth, query: { limit: '100' } })
    expect(idsOf(list)).toEqual([users[who].user.id])
    const other = await rest('GET', `/users/${users.admin.user.id}`, { auth })
    expect(other.status).toBe(404)
    expect(JSON.stringify(other.body)).not.toContain(users.admin.user.email)
  })

  it('an admin lists every user', async () => {
    const list = await rest('GET', '/users', {
      auth: as('admin'),
      query: {
        'where[id][in]': Object.values(users)
          .map(({ user }) => user.id)
          .join(','),
      },
    })
    expect(idsOf(list).sort()).toEqual(
      Object.values(users)
        .map(({ user }) => user.id)
        .sort(),
    )
  })

  it.each(nonAdmins)('%s cannot raise its own roles', async (who) => {
    const { id } = users[who].user
    const patched = await rest('PATCH', `/users/${id}`, {
      auth: as(who),
      body: { roles: ['admin'] },
    })
    // People may edit themselves (roles excepted); the service account may not edit itself at all.
    expect(patched.status).toBe(who === 'service' ? 403 : 200)
    const stored = await payload.findByID({ collection: 'users', id, overrideAccess: true })
    expect(stored.roles).toEqual([who])
  })

  it.each(nonAdmins)('%s cannot change another user', async (who) => {
    const { id } = users.admin.user
    const patched = await rest('PATCH', `/users/${id}`, { auth: as(who), body: { name: 'Endret' } })
    expect(patched.status).toBe(403)
    const stored = await payload.findByID({ collection: 'users', id, overrideAccess: true })
    expect(stored.name ?? null).toBeNull()
  })

  it.each(everyone)('%s may create users only if it is an admin', async (who) => {
    const created = await rest('POST', '/users', {
      auth: as(who),
      body: { email: testEmail(), password: randomUUID(), roles: ['editor'] },
    })
    expect(created.status).toBe(who === 'admin' ? 201 : 403)
    if (who === 'admin') {
      expect(created.body.doc.roles).toEqual(['editor'])
      await payload.delete({ collection: 'users', id: created.body.doc.id, overrideAccess: true })
    }
  })
})

describe('Payload’s internal collections and endpoints', () => {
  it.each([
    ['payload-preferences', 403],
    ['payload-locked-documents', 403],
    ['payload-jobs', 403],
    ['payload-kv', 403],
    // Not served over REST at all.
    ['payload-migrations', 501],
  ] as const)('anonymous visitors cannot list %s', async (collection, status) => {
    const list = await rest('GET', `/${collection}`)
    expect(list.status).toBe(status)
    expect(list.body.docs).toBeUndefined()
  })

  it.each(everyone)('GraphQL is switched off for %s', async (who) => {
    const response = await rest('POST', '/graphql', {
      auth: as(who),
      body: { query: '{ Users { docs { email } } }' },
    })
    expect(response.status).toBe(404)
  })
})
