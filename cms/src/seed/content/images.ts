// The seed's images: drawn for this site from seed sentences (the SVG beside each PNG is its
// source, rendered once with sharp; the PNG is committed so the seed needs no fonts). Nothing in
// them says more than the sentence they illustrate.

/** An image the seed uploads once and finds again by its file name. */
export type SeedImage = {
  /** In src/seed/images/. The media collection stores it as WebP under the same name. */
  file: string
  alt: string
}

/** Seed 000 §2: «Vi har Loomio i drift for medlemsdemokrati, Matrix for kommunikasjon, og Forgejo for kode.» */
export const toolsImage: SeedImage = {
  file: 'verktoy-i-drift.png',
  alt: 'Tegning av tre kort: Loomio for medlemsdemokrati, Matrix for kommunikasjon og Forgejo for kode.',
}
