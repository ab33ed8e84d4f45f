/** The CMS page served at `/`. */
export const frontPageSlug = 'forside'
