import { describe, expect, it } from 'vitest'

import { layoutSchema } from './page.ts'

describe('layoutSchema', () => {
  it('keeps known blocks in order and skips, with a reason, unknown or broken ones', () => {
    const skipped: string[] = []
    const layout = layoutSchema((reason) => skipped.push(reason)).parse([
      { blockType: 'hero', heading: 'Vi trenger folk som bygger.' },
      { blockType: 'carousel', slides: [] },
      { blockType: 'statement' },
      { blockType: 'statement', text: 'Én setning.' },
    ])
    expect(layout.map((block) => block.blockType)).toEqual(['hero', 'statement'])
    expect(skipped).toEqual(['unknown block type carousel', 'invalid statement block'])
  })

  it('treats a missing layout as an empty page', () => {
    expect(layoutSchema().parse(null)).toEqual([])
  })
})
