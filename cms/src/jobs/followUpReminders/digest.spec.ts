import { describe, expect, it } from 'vitest'

import { planDigests } from './digest'
import { matrixLine, norwegianDate } from './digestMail'

const overdue = (id: number, assignee: number | null, interests: string[] = []) => ({
  id,
  name: 'x',
  status: 'new',
  assignee,
  interests,
  createdAt: '2026-01-01T10:00:00Z',
})
const drift = { id: 1, email: 'drift@test.invalid', follows: ['drift'] }
const design = { id: 2, email: 'design@test.invalid', follows: ['design'] }

describe('who is reminded of what', () => {
  it('reminds assignees of their own, and followers of the unassigned in their areas', () => {
    const admin = { id: 9, email: 'admin@test.invalid' }
    expect(
      planDigests([overdue(10, 9), overdue(11, null, ['drift'])], [drift, design], [admin]),
    ).toEqual([
      { to: { id: 1, email: drift.email }, own: [], unassigned: [11] },
      { to: admin, own: [10], unassigned: [] },
    ])
  })

  it('reminds every recruiter of an unassigned one nobody follows', () => {
    const digests = planDigests([overdue(12, null, ['juss'])], [drift, design], [])
    expect(digests.map((digest) => digest.to.id)).toEqual([1, 2])
  })

  it('reminds nobody when nothing is overdue', () => {
    expect(planDigests([], [drift, design], [])).toEqual([])
  })
})

describe('the chat line', () => {
  it('has the count, the day and the link, in Norwegian', () => {
    const context = {
      day: '2026-03-30',
      days: 1,
      submissionLink: String,
      overviewLink: 'https://cms.test/admin',
    }
    expect(norwegianDate('2026-03-30')).toBe('30.03.2026')
    expect(matrixLine(1, context)).toBe(
      'Påminnelse 30.03.2026: 1 innsendt skjema har ventet lenger enn 1 dag på oppfølging. Oversikt: https://cms.test/admin',
    )
  })
})
