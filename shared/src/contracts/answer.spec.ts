import { z } from 'zod'
import { describe, expect, it } from 'vitest'

import { readOutcome } from './answer.ts'
import { pageViewPath } from './pageView.ts'
import { siteSettingsAnswerSchema, siteSettingsPath } from './siteSettings.ts'

describe('readOutcome (page view, page list, site settings)', () => {
  const schema = z.object({ a: z.number() })

  it('is content only for 200 with a body that fits', () => {
    expect(readOutcome(schema, 200, { a: 1 })).toEqual({ kind: 'ok', value: { a: 1 } })
  })

  it.each([404, 500, 502, 503, 401, 429])('is unavailable for %i, whatever the body', (status) => {
    expect(readOutcome(schema, status, { a: 1 })).toEqual({ kind: 'unavailable', status })
  })

  it('is invalid for 200 with a body that does not fit', () => {
    const outcome = readOutcome(schema, 200, { a: 'x' })
    expect(outcome.kind).toBe('invalid')
  })

  it('refuses settings without the texts web needs', () => {
    expect(readOutcome(siteSettingsAnswerSchema, 200, { siteName: 'x' }).kind).toBe('invalid')
  })
})

describe('paths', () => {
  it('encodes the slug into the page view path', () => {
    expect(pageViewPath('bygg med/oss')).toBe('/api/pages/view/bygg%20med%2Foss')
  })

  it('reads the settings global with its default image resolved', () => {
    expect(siteSettingsPath).toBe('/api/globals/site-settings?depth=1')
  })
})
