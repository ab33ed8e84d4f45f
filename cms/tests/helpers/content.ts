import { randomUUID } from 'node:crypto'

import type { RequiredDataFromCollectionSlug } from 'payload'

import { richText } from '../../src/seed/lexical'

/** The public content collections, with drafts, versions and the live preview. */
export type ContentSlug = 'pages' | 'problem-cards' | 'contribution-areas' | 'onboarding-steps'

/** Valid data for each content collection apart from the title, unique on every call. */
export const contentData: {
  [K in ContentSlug]: () => Omit<RequiredDataFromCollectionSlug<K>, 'title'>
} = {
  pages: () => ({ slug: `test-${randomUUID()}` }),
  'problem-cards': () => ({ description: richText('Testkort') }),
  'contribution-areas': () => ({
    description: 'Testområde',
    formLabel: 'Test',
    key: `test-${randomUUID()}`,
  }),
  'onboarding-steps': () => ({ description: 'Teststeg' }),
}
