// Made-up addresses must not push real pages out of web's content cache: each used to take one of
// its 500 entries, so a burst of them left every real page to be fetched again, and with the CMS
// down, not shown at all.
import { describe, expect, inject, it } from 'vitest'

import { controlCms } from './helpers.ts'

const webPage = (path: string) => fetch(`${inject('webUrl')}${path}`)

describe('the content cache under made-up addresses', () => {
  it('still serves a real page from its cache, without the CMS, after 1,000 unknown addresses', async () => {
    const real = await webPage('/om-oss')
    expect(real.status).toBe(200)
    const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(await real.text())?.[1]
    expect(heading).toBeTruthy()

    const slugs = Array.from({ length: 1_000 }, () => `tull-${crypto.randomUUID().slice(0, 8)}`)
    for (let start = 0; start < slugs.length; start += 20) {
      const answers = await Promise.all(
        slugs.slice(start, start + 20).map((slug) => webPage(`/${slug}`)),
      )
      for (const answer of answers) {
        expect(answer.status).toBe(404)
        await answer.body?.cancel()
      }
    }

    // With the CMS gone, only the cache can answer.
    await controlCms('stop')
    try {
      const cached = await webPage('/om-oss')
      expect(cached.status).toBe(200)
      expect(await cached.text()).toContain(heading!)
    } finally {
      await controlCms('start')
    }
  })
})
