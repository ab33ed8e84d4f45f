import type { Media } from '@dk/shared'
import { describe, expect, it } from 'vitest'

import { imageAttributes } from './images.ts'

const cms = 'https://cms.example.org/api/media/file'

const media = (overrides: Partial<Media> = {}): Media => ({
  id: 1,
  alt: 'Tre bokser med verktøyene Loomio, Matrix og Forgejo',
  url: `${cms}/verktoy.webp`,
  width: 1600,
  height: 900,
  sizes: {
    card: { url: `${cms}/verktoy-640x360.webp`, width: 640, height: 360 },
    wide: { url: `${cms}/verktoy-1280x720.webp`, width: 1280, height: 720 },
  },
  ...overrides,
})

describe('imageAttributes', () => {
  it('offers every copy narrowest first, with the upload’s own size and its alt text', () => {
    expect(imageAttributes(media())).toEqual({
      src: `${cms}/verktoy-1280x720.webp`,
      srcset: `${cms}/verktoy-640x360.webp 640w, ${cms}/verktoy-1280x720.webp 1280w, ${cms}/verktoy.webp 1600w`,
      width: 1600,
      height: 900,
      alt: 'Tre bokser med verktøyene Loomio, Matrix og Forgejo',
    })
  })

  it('skips the copies Payload did not make for a small upload', () => {
    const small = media({
      url: `${cms}/liten.webp`,
      width: 500,
      height: 250,
      sizes: { card: { url: null, width: null, height: null }, wide: null },
    })
    expect(imageAttributes(small)).toMatchObject({
      src: `${cms}/liten.webp`,
      srcset: `${cms}/liten.webp 500w`,
      width: 500,
      height: 250,
    })
  })

  it('lists a copy as wide as the upload once', () => {
    const exact = media({ url: `${cms}/a.webp`, width: 1280, height: 720 })
    expect(imageAttributes(exact)?.srcset).toBe(
      `${cms}/verktoy-640x360.webp 640w, ${cms}/verktoy-1280x720.webp 1280w`,
    )
  })

  it('gives no image for a media document without a file', () => {
    expect(imageAttributes(media({ url: null }))).toBeNull()
  })
})
