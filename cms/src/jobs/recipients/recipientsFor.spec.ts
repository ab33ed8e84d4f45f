import { describe, expect, it } from 'vitest'

import { chooseRecipients } from './recipientsFor'

const drift = { id: 1, email: 'drift@test.invalid', follows: ['drift'] }
const design = { id: 2, email: 'design@test.invalid', follows: ['design', 'tekst'] }
const nothing = { id: 3, email: 'alt@test.invalid', follows: [] }
const all = [drift, design, nothing]

describe('who hears of a new submission', () => {
  it('is the recruiters who follow any of its interests', () => {
    expect(chooseRecipients(all, ['tekst', 'drift'])).toEqual([drift, design])
    expect(chooseRecipients(all, ['design'])).toEqual([design])
  })

  it('is every recruiter when it has no interests', () => {
    expect(chooseRecipients(all, [])).toEqual(all)
  })

  it('is every recruiter when nobody follows its interests', () => {
    expect(chooseRecipients(all, ['juss'])).toEqual(all)
  })

  it('is nobody when there are no recruiters', () => {
    expect(chooseRecipients([], ['drift'])).toEqual([])
  })
})
