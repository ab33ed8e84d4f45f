// The one door from web to the CMS: REST with the service user's API key, every response parsed
// with the shared schemas. Nothing else in web knows the CMS's address.
import { paginatedDocs, problemCardSchema, type ProblemCard } from '@dk/shared'
import type { z } from 'zod'

import { env } from './env.ts'

async function getJson<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const { CMS_URL, CMS_API_KEY } = env()
  const response = await fetch(new URL(path, CMS_URL), {
    headers: { Authorization: `users API-Key ${CMS_API_KEY}`, Accept: 'application/json' },
  })
  if (!response.ok) throw new Error(`CMS ${path} answered ${response.status}`)
  return schema.parse(await response.json())
}

export async function problemCards(): Promise<ProblemCard[]> {
  const query = new URLSearchParams({ sort: '_order', limit: '100', depth: '0' })
  const { docs } = await getJson(`/api/problem-cards?${query}`, paginatedDocs(problemCardSchema))
  return docs
}
