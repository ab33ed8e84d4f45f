// Every public route: one per published page in the CMS, so a new page is measured without
// anyone remembering to add it here.
import { pageRoute } from '../pageRoute.ts'
import type { CmsAdmin } from './cmsAdmin.ts'

export async function publicRoutes(admin: CmsAdmin, webUrl: string): Promise<string[]> {
  const { docs } = await admin.request<{ docs: { slug: string }[] }>(
    '/pages?where[_status][equals]=published&select[slug]=true&depth=0&limit=500&sort=slug',
  )
  const routes = await Promise.all(docs.map(({ slug }) => pageRoute(webUrl, slug)))
  return routes.sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)))
}
