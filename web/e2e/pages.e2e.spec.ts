import { afterAll, describe, expect, inject, it } from 'vitest'

import { closeBrowser, openPage, visibleText } from './helpers.ts'

afterAll(closeBrowser)

// Key sentences of the seed copy, per route: the page must show what the CMS was seeded with.
const expectedCopy: Record<string, string[]> = {
  '/': ['Teknologi for alle.', 'Vi tror', 'Hvordan', 'Kollektivt eid. Felles drift.'],
  '/bygg-med-oss': [
    'Vi trenger folk som bygger.',
    'Datakollektivet ble stiftet i oktober 2025.',
    'Vi står foran en serie konkrete problemer. Her er de viktigste.',
    'SSO / Single Sign-On',
    'Sikkerhet og persondata',
    'Det er ikke bare kode vi trenger',
    'Juss og personvern',
    'Folk som har sett seg lei av å vente på at andre skal gjøre noe.',
    'Ingen bindinger. Ingen minimumsforpliktelse. Bidra med det du kan, når du kan.',
    'Vi tar kontakt innen noen dager.',
    'Mer interessert i å bruke tjenestene og være med å bestemme retningen?',
    'Ikke klar ennå? Meld deg på nyhetsbrevet og bli med på Matrix.',
  ],
  '/bli-medlem': ['Bli medlem'],
  '/om-oss': ['Systemansvarlig', 'utkast, ikke vedtatt'],
  '/tjenester': ['Loomio'],
  '/personvern': ['Utkast'],
}

describe('public pages', () => {
  for (const [route, sentences] of Object.entries(expectedCopy)) {
    it(`${route} shows its seeded copy`, async () => {
      const page = await openPage(route)
      const text = await visibleText(page)
      for (const sentence of sentences) expect(text).toContain(sentence)
      expect(await page.locator('h1').count()).toBe(1)
      expect(await page.locator('html').getAttribute('lang')).toBe('nb')
      await page.context().close()
    })
  }

  it('/bygg-med-oss shows every section, in order, with JavaScript disabled', async () => {
    const page = await openPage('/bygg-med-oss', { javaScriptEnabled: false })
    const headings = await page.locator('h1, h2').allInnerTexts()
    expect(headings).toEqual([
      'Vi trenger folk som bygger.',
      'Hittil',
      'Hva vi jobber med',
      'Det er ikke bare kode vi trenger',
      'Hvem vi ser etter',
      'Slik kommer du i gang',
      'Ta kontakt',
      'Andre veier inn',
    ])
    expect(await page.locator('.problem-card').count()).toBe(6)
    expect(await page.locator('.steps li').count()).toBe(4)
    expect(await page.locator('form input[name="email"]').count()).toBeGreaterThan(0)
    // The only JavaScript is the sign-up form's small enhancement (lib/blocks/signup-form.js),
    // under a content-hashed address.
    const scripts = await page
      .locator('script')
      .evaluateAll((scripts) => scripts.map((s) => s.outerHTML))
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toMatch(
      /^<script src="\/_app\/immutable\/assets\/signup-form\.[\w-]+\.js" defer=""><\/script>$/,
    )
    await page.context().close()
  })

  it('pages without the sign-up form ship no JavaScript at all', async () => {
    for (const route of ['/', '/om-oss', '/personvern']) {
      const page = await openPage(route, { javaScriptEnabled: false })
      expect(await page.locator('script').count()).toBe(0)
      await page.context().close()
    }
  })

  it('answers unknown addresses with a Norwegian 404', async () => {
    const page = await openPage('/finnes-ikke')
    const response = await page.reload()
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).not.toBe('')
    expect(await page.locator('html').getAttribute('lang')).toBe('nb')
    await page.context().close()
  })

  it('sends security headers and a CSP without inline scripts', async () => {
    const response = await fetch(`${inject('webUrl')}/bygg-med-oss`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
  })

  it('counts each visit’s form fill time from that visit, also when the rendering is reused', async () => {
    const startTimes = async () => {
      const before = Date.now()
      const html = await (await fetch(`${inject('webUrl')}/bygg-med-oss`)).text()
      // Signed by web: `<milliseconds>.<signature>` (web/src/lib/server/signup/startTime.ts).
      const times = [...html.matchAll(/name="startedAt" value="(\d+)\.[\w-]{22}"/g)].map((m) =>
        Number(m[1]),
      )
      return { before, times, html }
    }
    const first = await startTimes()
    // Visits within one second share a start time (startTimeStepMs in renderedPages.ts): the
    // next visit is in a later second.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const second = await startTimes()
    // The sign-up form and the newsletter form.
    expect(second.times).toHaveLength(2)
    for (const time of second.times) {
      expect(time).toBeGreaterThanOrEqual(second.before - 1_000)
      expect(time).toBeGreaterThan(Math.max(...first.times))
    }
    expect(second.html.replace(/name="startedAt" value="[^"]*"/g, '')).toBe(
      first.html.replace(/name="startedAt" value="[^"]*"/g, ''),
    )
  })

  it('publishes a sitemap and robots.txt', async () => {
    const sitemap = await (await fetch(`${inject('webUrl')}/sitemap.xml`)).text()
    for (const path of ['/', '/bygg-med-oss', '/om-oss'])
      expect(sitemap).toContain(`${inject('webUrl')}${path}<`)
    const robots = await (await fetch(`${inject('webUrl')}/robots.txt`)).text()
    expect(robots).toContain('Sitemap: ')
  })
})
