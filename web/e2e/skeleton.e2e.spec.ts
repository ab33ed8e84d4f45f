import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../../scripts/lib/browser.ts'

describe('walking skeleton', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  it('shows problem cards from the CMS on /bygg-med-oss', async () => {
    const page = await browser.newPage({ baseURL: inject('webUrl') })
    const response = await page.goto('/bygg-med-oss')
    expect(response?.status()).toBe(200)
    await expect
      .poll(() => page.getByRole('heading', { name: 'SSO / Single Sign-On' }).count())
      .toBe(1)
    await page.close()
  })
})
