import { describe, expect, it } from 'vitest'

import { errorForLog, LoggableError } from './errorForLog.ts'

describe('errorForLog', () => {
  it('never logs an ordinary error message: it may quote input, a path or a token', () => {
    const quoted = new Error('kari@test.invalid /var/outbox/x.json ?token=hemmelig')
    expect(errorForLog(quoted)).toBe('Error')
    const typed = new TypeError('Cannot read kari@test.invalid')
    expect(errorForLog(typed)).toBe('TypeError')
  })

  it("names the error's code and a network error's cause", () => {
    const disk = Object.assign(new Error('ENOSPC: no space left, write /data/outbox/pending/x'), {
      code: 'ENOSPC',
    })
    expect(errorForLog(disk)).toBe('Error ENOSPC')
    const fetchFailed = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:3001'), {
        code: 'ECONNREFUSED',
      }),
    })
    expect(errorForLog(fetchFailed)).toBe('TypeError ECONNREFUSED')
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError')
    expect(errorForLog(timeout)).toBe('TimeoutError')
  })

  it('logs the message of an error built for the log, and nothing for a non-error', () => {
    class CmsDown extends LoggableError {
      override name = 'CmsDown'
    }
    expect(errorForLog(new CmsDown('sidevisning: CMS svarte 503'))).toBe(
      'CmsDown: sidevisning: CMS svarte 503',
    )
    expect(errorForLog('kari@test.invalid')).toBe('ukjent feil')
    expect(errorForLog({ message: 'kari@test.invalid' })).toBe('ukjent feil')
  })
})
