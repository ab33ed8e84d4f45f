import { defineParams } from '@sveltejs/kit/params'

export const params = defineParams({
  /** Page addresses are kebab-case; anything else is a 404 without asking the CMS. */
  slug: (param) =>
    param.length <= 100 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(param) ? param : undefined,
})
