import { problemCards } from '#lib/server/cms.ts'

export async function load() {
  return { cards: await problemCards() }
}
