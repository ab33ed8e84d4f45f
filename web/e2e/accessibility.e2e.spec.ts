import AxeBuilder from '@axe-core/playwright'
import { afterAll, describe, expect, it } from 'vitest'

import { closeBrowser, openPage, publicRoutes } from './helpers.ts'

afterAll(closeBrowser)

describe('accessibility (WCAG 2.1 AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const route of publicRoutes) {
      it(`axe finds nothing on ${route} in ${colorScheme} mode`, async () => {
        const page = await openPage(route, { colorScheme })
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze()
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([])
        await page.context().close()
      })
    }
  }

  it('reaches every link and control of /bygg-med-oss by keyboard, in order, with visible focus', async () => {
    const page = await openPage('/bygg-med-oss', { viewport: { width: 1280, height: 900 } })
    const focusable = await page.$$eval(
      'a[href], button, input:not([type="hidden"]):not([tabindex="-1"]), textarea, select',
      (elements) =>
        elements
          .filter((element) => !element.closest('[aria-hidden="true"]'))
          .map((element) => element.outerHTML),
    )
    const reached: string[] = []
    for (let step = 0; step < focusable.length; step++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement
        const style = getComputedStyle(element)
        return {
          html: element.outerHTML,
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        }
      })
      expect(focused.outline, `no visible focus on ${focused.html.slice(0, 80)}`).toBe(true)
      reached.push(focused.html)
    }
    expect(reached).toEqual(focusable)
    await page.context().close()
  })
})
