import { newNewsletterToken } from '@dk/shared'
import { describe, expect, it } from 'vitest'

import { linkPageAction, linkPageLoad } from './newsletterLink.ts'

const post = (fields: Record<string, string>, address = crypto.randomUUID()) => {
  const body = new URLSearchParams(fields).toString()
  const request = new Request('http://localhost/nyhetsbrev/bekreft', {
    method: 'POST',
    // Set by hand: Node's Request adds no content-length, a browser's form post always has one.
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(body.length),
    },
    body,
  })
  return { request, getClientAddress: () => address }
}

describe('linkPageLoad', () => {
  it('reads the token, says whether it can be one, and forbids caching', () => {
    const headers: Record<string, string> = {}
    const token = newNewsletterToken()
    const page = linkPageLoad({
      url: new URL(`http://localhost/nyhetsbrev/bekreft?token=${token}`),
      setHeaders: (set) => Object.assign(headers, set),
    })
    expect(page).toEqual({ token, tokenLooksValid: true })
    expect(headers['Cache-Control']).toBe('no-store')
    expect(
      linkPageLoad({ url: new URL('http://localhost/x?token=kort'), setHeaders: () => {} })
        .tokenLooksValid,
    ).toBe(false)
  })
})

const answered = { kind: 'answered', result: 'confirmed' } as const

describe('linkPageAction', () => {
  it('passes a well-formed token on and returns the answer', async () => {
    const token = newNewsletterToken()
    const seen: string[] = []
    const result = await linkPageAction(post({ token }), 'test', async (given) => {
      seen.push(given)
      return answered
    })
    expect(result).toEqual({ result: 'confirmed' })
    expect(seen).toEqual([token])
  })

  it('answers "invalid" for what cannot be a token, without asking the CMS', async () => {
    let asked = false
    const result = await linkPageAction(post({ token: 'kort' }), 'test', async () => {
      asked = true
      return answered
    })
    expect(result).toEqual({ result: 'invalid' })
    expect(asked).toBe(false)
  })

  it('says "unavailable" when the CMS fails and "rateLimited" after too many tries', async () => {
    const failing = await linkPageAction(post({ token: newNewsletterToken() }), 'test', () =>
      Promise.reject(new Error('nede')),
    )
    expect(failing).toMatchObject({ status: 503, data: { error: 'unavailable' } })
    const down = await linkPageAction(post({ token: newNewsletterToken() }), 'test', async () => ({
      kind: 'unavailable' as const,
      status: 502,
    }))
    expect(down).toMatchObject({ status: 503, data: { error: 'unavailable' } })

    const address = crypto.randomUUID()
    const answers = []
    for (let attempt = 0; attempt < 21; attempt += 1)
      answers.push(
        await linkPageAction(post({ token: 'kort' }, address), 'test', async () => answered),
      )
    expect(answers.at(-2)).toEqual({ result: 'invalid' })
    expect(answers.at(-1)).toMatchObject({ status: 429, data: { error: 'rateLimited' } })
  })

  it('refuses a body larger than a token needs', async () => {
    const result = await linkPageAction(
      post({ token: 'x'.repeat(2_000) }),
      'test',
      async () => answered,
    )
    expect(result).toMatchObject({ status: 413 })
  })
})
