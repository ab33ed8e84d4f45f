// A web process started while the CMS is unreachable (a crash, a deploy, a new replica) serves the
// last known site from the snapshot an earlier run saved, and still accepts sign-ups.
import { randomBytes } from 'node:crypto'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import { webDir } from '@dk/testing/paths'
import { freePort } from '@dk/testing/ports'
import { startService, waitForHttp, type Service } from '@dk/testing/processes'

import { closeBrowser, openPage, publicRoutes } from './helpers.ts'

const slugs = ['forside', ...publicRoutes.filter((route) => route !== '/').map((r) => r.slice(1))]

let second: Service | undefined
let secondUrl: string
let dirs: string[] = []

let saved: string[] = []
const snapshotText = () =>
  readFile(join(inject('snapshotDir'), 'content.json'), 'utf8').catch(() => '')
const savedSlugs = (text: string): string[] => {
  try {
    return Object.keys(JSON.parse(text).views)
  } catch {
    return []
  }
}

const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]

beforeAll(async () => {
  // The stack's web saves what it fetched; every public page visited once is in its snapshot.
  for (const route of publicRoutes) await fetch(`${inject('webUrl')}${route}`)
  await fetch(`${inject('webUrl')}/sitemap.xml`)
  // Saved a moment after fresh content arrives (a second, many answers in one write): wait until
  // the file holds every page and has settled, so it is what the first web serves now. The test
  // below says whether all of it was saved.
  let previous: string | undefined
  for (let tries = 0; tries < 30; tries++) {
    const text = await snapshotText()
    saved = savedSlugs(text)
    if (text === previous && slugs.every((slug) => saved.includes(slug))) break
    previous = text
    await new Promise((resolve) => setTimeout(resolve, 1_500))
  }

  // A second web with a copy of that snapshot, and a CMS address where nothing answers.
  const snapshotDir = await mkdtemp(join(tmpdir(), 'dk-snapshot-copy-'))
  const outboxDir = await mkdtemp(join(tmpdir(), 'dk-outbox-second-'))
  dirs = [snapshotDir, outboxDir]
  await cp(inject('snapshotDir'), snapshotDir, { recursive: true })
  const [port, deadPort] = [await freePort(), await freePort()]
  secondUrl = `http://127.0.0.1:${port}`
  second = startService({
    name: 'web-2',
    command: process.execPath,
    args: [join(webDir, 'server.js')],
    cwd: webDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_PUBLIC_URL: secondUrl,
      CMS_URL: `http://127.0.0.1:${deadPort}`,
      CMS_API_KEY: randomBytes(24).toString('hex'),
      REVALIDATE_SECRET: randomBytes(32).toString('hex'),
      OUTBOX_DIR: outboxDir,
      SNAPSHOT_DIR: snapshotDir,
    },
    onLine: () => {},
  })
  await waitForHttp(`${secondUrl}/healthz`, 60_000, second)
}, 120_000)

afterAll(async () => {
  await closeBrowser()
  await second?.stop()
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

it('saves every public page the first web fetched', () => {
  expect(saved).toEqual(expect.arrayContaining(slugs))
})

it('serves every public page from the snapshot while the CMS is unreachable', async () => {
  for (const route of publicRoutes) {
    const response = await fetch(`${secondUrl}${route}`)
    expect(response.status, route).toBe(200)
    const live = await (await fetch(`${inject('webUrl')}${route}`)).text()
    expect(title(await response.text()), route).toBe(title(live))
  }
  expect((await fetch(`${secondUrl}/sitemap.xml`)).status).toBe(200)

  // Not ready for monitoring (the CMS is down), and the operators' details say why it still serves.
  expect((await fetch(`${secondUrl}/readyz`)).status).toBe(503)
  const details = await fetch(`${secondUrl}/hooks/readyz`)
  expect(details.status).toBe(503)
  expect(await details.json()).toMatchObject({ cms: 'unreachable', content: 'snapshot' })
})

it('thanks for a sign-up and keeps it in its outbox', async () => {
  const page = await openPage(`${secondUrl}/bygg-med-oss`, { javaScriptEnabled: false })
  const email = `snapshot-${crypto.randomUUID().slice(0, 8)}@example.org`
  await page.getByLabel('Navn').fill('Kari Nordmann')
  await page.getByLabel('E-post', { exact: false }).first().fill(email)
  await page.getByLabel('Drift').check()
  // People take a few seconds; the form refuses anything faster as automated.
  await page.waitForTimeout(3_100)
  await page.getByRole('button', { name: 'Send inn' }).click()
  await page.getByText('Takk for at du tok kontakt').waitFor()

  const pending = join(dirs[1]!, 'pending')
  const files = await readdir(pending)
  expect(files).toHaveLength(1)
  const entry = JSON.parse(await readFile(join(pending, files[0]!), 'utf8'))
  expect(entry.submission).toMatchObject({
    email,
    interests: ['drift'],
    sourcePage: '/bygg-med-oss',
  })
})
