import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import {
  isPreviewCollection,
  previewOutcome,
  previewPath,
  previewViewPath,
  previewTokenLifetimeMs,
  signPreviewToken,
  verifyPreviewToken,
} from './preview.ts'

const secret = 'a'.repeat(64)
const now = Date.UTC(2026, 10, 23, 16, 40)

describe('preview tokens', () => {
  it('open the document they were minted for, for two to three hours', async () => {
    const token = await signPreviewToken(secret, 'pages', 7, now)
    expect(await verifyPreviewToken(secret, token, 'pages', 7, now)).toBe(true)
    expect(await verifyPreviewToken(secret, token, 'pages', '7', now)).toBe(true)
    expect(
      await verifyPreviewToken(secret, token, 'pages', 7, now + previewTokenLifetimeMs.min - 1),
    ).toBe(true)
    expect(
      await verifyPreviewToken(secret, token, 'pages', 7, now + previewTokenLifetimeMs.max),
    ).toBe(false)
  })

  it('stay the same within an hour, so the admin does not reload the preview on every autosave', async () => {
    const first = await signPreviewToken(secret, 'problem-cards', 3, Date.UTC(2026, 10, 23, 16, 0))
    const later = await signPreviewToken(secret, 'problem-cards', 3, Date.UTC(2026, 10, 23, 16, 59))
    expect(later).toBe(first)
  })

  it('refuse another document, collection or secret, a tampered expiry and junk', async () => {
    const token = await signPreviewToken(secret, 'pages', 7, now)
    const [expires, signature] = token.split('.')
    expect(await verifyPreviewToken(secret, token, 'pages', 8, now)).toBe(false)
    expect(await verifyPreviewToken(secret, token, 'problem-cards', 7, now)).toBe(false)
    expect(await verifyPreviewToken('b'.repeat(64), token, 'pages', 7, now)).toBe(false)
    const extended = `${Number(expires) + 3_600_000}.${signature}`
    expect(await verifyPreviewToken(secret, extended, 'pages', 7, now)).toBe(false)
    expect(await verifyPreviewToken(secret, `${expires}.${'0'.repeat(64)}`, 'pages', 7, now)).toBe(
      false,
    )
    for (const junk of [null, undefined, '', 'x', `${expires}`, `${token}.more`, `${expires}.zz`]) {
      expect(await verifyPreviewToken(secret, junk, 'pages', 7, now)).toBe(false)
    }
  })

  it('refuse a token whose expiry lies further ahead than any minted one', async () => {
    const future = await signPreviewToken(secret, 'pages', 7, now + 10 * 3_600_000)
    expect(await verifyPreviewToken(secret, future, 'pages', 7, now)).toBe(false)
  })
})

describe('preview paths', () => {
  it('name the collection and document, with the token as a query parameter', () => {
    expect(previewPath('problem-cards', 12, '123.ab')).toBe(
      '/forhandsvisning/problem-cards/12?token=123.ab',
    )
    expect(isPreviewCollection('pages')).toBe(true)
    expect(isPreviewCollection('users')).toBe(false)
    expect(isPreviewCollection('toString')).toBe(false)
  })
})

describe("web's request for a draft view", () => {
  const schema = z.object({ page: z.null() })

  it('asks with the token in the query, the id encoded', () => {
    expect(previewViewPath('problem-cards', '12', 'a.b')).toBe(
      '/api/preview/problem-cards/12?token=a.b',
    )
  })

  it('passes 401, 403 and 404 on as refusals, 200 as the view', () => {
    for (const status of [401, 403, 404] as const)
      expect(previewOutcome(schema, status, {})).toEqual({ kind: 'refused', status })
    expect(previewOutcome(schema, 200, { page: null })).toEqual({
      kind: 'ok',
      view: { page: null },
    })
  })

  it('is unavailable for anything else, invalid for a body that does not fit', () => {
    expect(previewOutcome(schema, 500, {})).toEqual({ kind: 'unavailable', status: 500 })
    expect(previewOutcome(schema, 200, { page: 1 }).kind).toBe('invalid')
  })
})
