import * as fs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import {
  formTextsSchema,
  interfaceTextsSchema,
  newsletterTextsSchema,
  pageViewSchema,
} from '@dk/shared'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'

import {
  readSnapshot,
  snapshotFile,
  snapshotVersion,
  SnapshotWriter,
  writeSnapshot,
  type SnapshotFiles,
} from './contentSnapshot.ts'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'snapshot-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const texts = (schema: { shape: object }) =>
  Object.fromEntries(Object.keys(schema.shape).map((key) => [key, `tekst ${key}`]))

/** A page view as the CMS sends it (raw: link lists as Payload's `{ link }` rows). */
const rawView = (slug: string, title: string) => ({
  page: {
    id: 1,
    title,
    slug,
    updatedAt: '2026-12-01T10:00:00.000Z',
    layout: [
      {
        blockType: 'hero',
        heading: title,
        links: [{ link: { label: 'Bli med', href: '/bli-medlem' } }],
      },
    ],
  },
  settings: {
    siteName: 'Datakollektivet',
    navigation: [{ link: { label: 'Om oss', href: '/om-oss' } }],
    footerLinks: [],
    defaultSeo: { title: 'Datakollektivet', description: 'Om oss' },
    form: texts(formTextsSchema),
    newsletter: texts(newsletterTextsSchema),
    interface: texts(interfaceTextsSchema),
  },
  interestOptions: [{ key: 'drift', label: 'Drift' }],
})
const rawPages = { docs: [{ slug: 'forside', updatedAt: '2026-12-01T10:00:00.000Z' }] }

it('reads back what it wrote, parsed with the shared schemas like a fresh answer', async () => {
  const views = { forside: rawView('forside', 'Forside'), 'om-oss': rawView('om-oss', 'Om oss') }
  await writeSnapshot(dir, { views, pages: rawPages }, new Date('2026-12-02T10:00:00Z'))

  const ignored = vi.fn()
  const snapshot = await readSnapshot(dir, ignored)
  expect(ignored).not.toHaveBeenCalled()
  expect(snapshot?.savedAt).toBe('2026-12-02T10:00:00.000Z')
  expect([...snapshot!.views.keys()]).toEqual(['forside', 'om-oss'])
  const { view, raw } = snapshot!.views.get('om-oss')!
  expect(view).toEqual(pageViewSchema().parse(views['om-oss']))
  expect(view.settings.navigation).toEqual([{ label: 'Om oss', href: '/om-oss' }])
  expect(raw).toEqual(views['om-oss'])
  expect(snapshot!.pages).toEqual({ docs: rawPages.docs, raw: rawPages })
  // One complete file, nothing temporary left beside it.
  expect(await readdir(dir)).toEqual([snapshotFile])
})

it("holds the site settings, read on their own; a file without them takes a view's", async () => {
  const views = { forside: rawView('forside', 'Forside') }
  const settings = { ...rawView('x', 'x').settings, siteName: 'Egne innstillinger' }
  await writeSnapshot(dir, { views, pages: null, settings })
  const snapshot = await readSnapshot(dir, vi.fn())
  expect(snapshot?.settings?.settings.siteName).toBe('Egne innstillinger')
  expect(snapshot?.settings?.settings.navigation).toEqual([{ label: 'Om oss', href: '/om-oss' }])
  expect(snapshot?.settings?.raw).toEqual(settings)

  // Written before web read the settings on their own.
  await writeSnapshot(dir, { views, pages: null })
  const older = await readSnapshot(dir, vi.fn())
  expect(older?.settings?.settings.siteName).toBe('Datakollektivet')
})

it('ignores a file whose settings do not fit', async () => {
  await writeSnapshot(dir, { views: {}, pages: null, settings: { siteName: 'x' } })
  const ignored = vi.fn()
  expect(await readSnapshot(dir, ignored)).toBeUndefined()
  expect(ignored).toHaveBeenCalledWith('innstillingene passer ikke skjemaet')
})

it('has no snapshot, and nothing to say, on a first start', async () => {
  const ignored = vi.fn()
  expect(await readSnapshot(join(dir, 'nowhere'), ignored)).toBeUndefined()
  expect(ignored).not.toHaveBeenCalled()
})

it('keeps the previous snapshot whole when a write fails, and leaves no temporary file', async () => {
  await writeSnapshot(dir, { views: { forside: rawView('forside', 'Gammel') }, pages: null })
  const fullDisk: SnapshotFiles = {
    open: fs.open,
    rename: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
  }
  await expect(
    writeSnapshot(
      dir,
      { views: { forside: rawView('forside', 'Ny') }, pages: null },
      new Date(),
      fullDisk,
    ),
  ).rejects.toThrow('no space')

  expect(await readdir(dir)).toEqual([snapshotFile])
  const snapshot = await readSnapshot(dir, () => {})
  expect(snapshot?.views.get('forside')?.view.page?.title).toBe('Gammel')
})

it('drops temporary files a crash left behind, but not a write under way', async () => {
  const crashed = join(dir, `${snapshotFile}.abcd1234.tmp`)
  const underWay = join(dir, `${snapshotFile}.ef567890.tmp`)
  await writeFile(crashed, '{"version":1,"sa')
  await writeFile(underWay, '{"version":1,"sa')
  const longAgo = new Date(Date.now() - 60 * 60_000)
  await utimes(crashed, longAgo, longAgo)

  expect(await readSnapshot(dir, () => {})).toBeUndefined()
  expect(await readdir(dir)).toEqual([`${snapshotFile}.ef567890.tmp`])
})

const writeRaw = (content: string) => writeFile(join(dir, snapshotFile), content)

it.each([
  ['damaged JSON', '{"version":1,"savedAt":"2026-12-02T10:00:00.000Z","views":{"forsi', /JSON/],
  [
    'another version',
    JSON.stringify({ version: snapshotVersion + 1, savedAt: 'x', views: {}, pages: null }),
    /versjon 2, forventet 1/,
  ],
  ['no version', JSON.stringify({ savedAt: 'x', views: {} }), /versjon undefined/],
  [
    'a page view the schemas refuse',
    JSON.stringify({
      version: snapshotVersion,
      savedAt: 'x',
      views: {
        forside: rawView('forside', 'Forside'),
        'om-oss': { page: { title: 'uten resten' } },
      },
      pages: null,
    }),
    /«om-oss» passer ikke skjemaet/,
  ],
  [
    'a page list the schemas refuse',
    JSON.stringify({
      version: snapshotVersion,
      savedAt: 'x',
      views: { forside: rawView('forside', 'Forside') },
      pages: { docs: [{ slug: 3 }] },
    }),
    /sidelisten/,
  ],
])(
  'ignores a snapshot with %s, with one reason, and serves none of it',
  async (_, content, reason) => {
    await writeRaw(content)
    const ignored = vi.fn()
    expect(await readSnapshot(dir, ignored)).toBeUndefined()
    expect(ignored).toHaveBeenCalledTimes(1)
    expect(ignored).toHaveBeenCalledWith(expect.stringMatching(reason))
  },
)

it('coalesces a burst of changes into one write, and writes again for changes during a write', async () => {
  vi.useFakeTimers()
  try {
    let release: () => void = () => {}
    const write = vi.fn(() => new Promise<void>((resolve) => (release = resolve)))
    const writer = new SnapshotWriter(write, 1_000, () => {})
    for (let i = 0; i < 50; i++) writer.schedule()
    expect(write).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(write).toHaveBeenCalledTimes(1)

    writer.schedule() // content changed while the file is being written
    await vi.advanceTimersByTimeAsync(5_000)
    expect(write).toHaveBeenCalledTimes(1)
    release()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(write).toHaveBeenCalledTimes(2)
    release()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(write).toHaveBeenCalledTimes(2)
  } finally {
    vi.useRealTimers()
  }
})

it('reports a failed write and writes again on the next change', async () => {
  const errors: unknown[] = []
  const write = vi.fn().mockRejectedValueOnce(new Error('EIO')).mockResolvedValue(undefined)
  const writer = new SnapshotWriter(write, 1, (error) => errors.push(error))
  await writer.flush()
  expect(errors).toHaveLength(1)
  await writer.flush()
  expect(write).toHaveBeenCalledTimes(2)
  expect(errors).toHaveLength(1)
})

it('reads what another process wrote last (the file is whole, one of them wins)', async () => {
  await Promise.all(
    ['A', 'B', 'C'].map((title) =>
      writeSnapshot(dir, { views: { forside: rawView('forside', title) }, pages: null }),
    ),
  )
  const title = (await readSnapshot(dir, () => {}))?.views.get('forside')?.view.page?.title
  expect(['A', 'B', 'C']).toContain(title)
  expect(JSON.parse(await readFile(join(dir, snapshotFile), 'utf8')).version).toBe(snapshotVersion)
})
