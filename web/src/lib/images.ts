import type { Media } from '@dk/shared'

/** What an `<img>` needs: the browser picks the smallest copy that is sharp enough. */
export type ImageAttributes = {
  src: string
  srcset: string | undefined
  width: number | undefined
  height: number | undefined
  alt: string
}

/**
 * How wide an image is shown, for `sizes`, from the layout in app.css: the page is at most
 * `--wrap` (72rem) with 1.25rem padding each side; text sections are `--narrow` (44rem); problem
 * cards are about a third of the page from 74.5rem, half from 46rem, else the page less the card's
 * own padding. A guess a little too large costs some bytes, too small a blurry image.
 */
export const imageSizes = {
  text: '(min-width: 46.5rem) 44rem, calc(100vw - 2.5rem)',
  wide: '(min-width: 74.5rem) 69.5rem, calc(100vw - 2.5rem)',
  card: '(min-width: 74.5rem) 19rem, (min-width: 46rem) 45vw, calc(100vw - 6.5rem)',
} as const

/**
 * The image's copies (Payload's `imageSizes` on the media collection, and the upload itself)
 * as `srcset`, narrowest first; a copy Payload did not make (wider than the upload) is skipped.
 * width and height are the upload's own, so the browser reserves the right space before the
 * image arrives (no layout shift). Returns null for an image without a file.
 */
export function imageAttributes(media: Media): ImageAttributes | null {
  if (!media.url) return null
  const copies = [media.sizes?.card, media.sizes?.wide, media]
    .flatMap((copy) => (copy?.url && copy.width ? [{ url: copy.url, width: copy.width }] : []))
    .sort((a, b) => a.width - b.width)
    .filter((copy, index, all) => index === 0 || copy.width !== all[index - 1]!.width)
  // The fallback for a browser without srcset: the widest copy made for the page, not the upload.
  const fallback = media.sizes?.wide?.url ?? media.url
  return {
    src: fallback,
    srcset:
      copies.length > 0 ? copies.map((copy) => `${copy.url} ${copy.width}w`).join(', ') : undefined,
    width: media.width ?? undefined,
    height: media.height ?? undefined,
    alt: media.alt,
  }
}
