// The CMS goes away: web must keep answering every public route from what it last fetched.
// Requests go to all routes in turn from a few parallel clients for a fixed time.
import type { CmsDown } from './results.ts'

type Options = {
  webUrl: string
  routes: string[]
  seconds: number
  stopCms: () => Promise<void>
}

const clients = 8

export async function measureCmsDown({
  webUrl,
  routes,
  seconds,
  stopCms,
}: Options): Promise<CmsDown> {
  // Every route once while the CMS is up, as visitors would have before it went down.
  for (const route of routes) {
    const response = await fetch(`${webUrl}${route}`, { signal: AbortSignal.timeout(10_000) })
    if (response.status !== 200)
      throw new Error(`${route} answered ${response.status} with the CMS up`)
    await response.arrayBuffer()
  }
  await stopCms()

  let requests = 0
  let ok = 0
  const deadline = performance.now() + seconds * 1000
  const client = async (offset: number) => {
    for (let i = offset; performance.now() < deadline; i++) {
      requests++
      try {
        const response = await fetch(`${webUrl}${routes[i % routes.length]}`, {
          signal: AbortSignal.timeout(5_000),
        })
        await response.arrayBuffer()
        if (response.status === 200) ok++
      } catch {
        // no answer counts as not served
      }
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)))
  return {
    seconds,
    routes,
    requests,
    ok,
    servedPercent: requests === 0 ? 0 : (100 * ok) / requests,
  }
}
