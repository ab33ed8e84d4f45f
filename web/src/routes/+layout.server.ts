import { siteSettings } from '#lib/server/content/content.ts'

export async function load() {
  // Every route's frame, CMS page or not: the settings are their own cached request.
  return { settings: await siteSettings() }
}
