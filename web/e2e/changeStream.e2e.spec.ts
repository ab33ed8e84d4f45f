// web learns of published changes from the CMS's change stream (PostgreSQL NOTIFY → SSE), with no
// call from the CMS to web at all: it says so on /hooks/readyz, says when the stream is down, and
// after the CMS comes back it hears the next change again without waiting for a periodic refresh.
import { describe, expect, inject, it } from 'vitest'

import { cms, controlCms, editorSession } from './helpers.ts'

const webPage = async (path: string) => (await fetch(`${inject('webUrl')}${path}`)).text()
const stream = async (): Promise<string> => {
  const response = await fetch(`${inject('webUrl')}/hooks/readyz`)
  const body = (await response.json()) as { changes?: { stream: string } }
  return body.changes?.stream ?? 'missing'
}

describe('the change stream', () => {
  const session = editorSession()

  const publishTitle = (id: number, title: string) =>
    cms(`/problem-cards/${id}`, session.editorToken, {
      method: 'PATCH',
      body: JSON.stringify({ title, _status: 'published' }),
    })

  it('is down while the CMS is, and brings the next change once it is back', async () => {
    await expect.poll(stream, { timeout: 20_000 }).toBe('connected')
    const { docs } = await cms(
      '/problem-cards?where[title][equals]=Medlemsstyring&limit=1',
      session.editorToken,
    )
    const card = docs[0]

    await controlCms('stop')
    try {
      await expect.poll(stream, { timeout: 20_000 }).not.toBe('connected')
    } finally {
      await controlCms('start')
    }
    await expect.poll(stream, { timeout: 60_000, interval: 250 }).toBe('connected')
    // Fetched afresh on reconnect: only an event can bring the next change within the minute.
    expect(await webPage('/bygg-med-oss')).toContain(card.title)

    const newTitle = `Medlemsstyring ${crypto.randomUUID().slice(0, 8)}`
    await publishTitle(card.id, newTitle)
    try {
      await expect
        .poll(() => webPage('/bygg-med-oss'), { timeout: 20_000, interval: 100 })
        .toContain(newTitle)
    } finally {
      await publishTitle(card.id, card.title)
    }
  })
})
