import type { BlockOf, BlockType } from '@dk/shared'
import type { Component } from 'svelte'

import BeliefList from './BeliefList.svelte'
import CallToAction from './CallToAction.svelte'
import ContributionAreaGrid from './ContributionAreaGrid.svelte'
import type { PageContext } from './context.ts'
import Hero from './Hero.svelte'
import Image from './Image.svelte'
import OtherWaysIn from './OtherWaysIn.svelte'
import ProblemCardGrid from './ProblemCardGrid.svelte'
import RichTextSection from './RichTextSection.svelte'
import SignupForm from './SignupForm.svelte'
import Statement from './Statement.svelte'
import Steps from './Steps.svelte'

/**
 * One renderer per CMS block type; a block type without one is a type error here. `first` is true
 * for the page's first block, the one above the fold: its images load at once, the rest lazily.
 */
export const blockComponents = {
  hero: Hero,
  richTextSection: RichTextSection,
  problemCardGrid: ProblemCardGrid,
  contributionAreaGrid: ContributionAreaGrid,
  steps: Steps,
  statement: Statement,
  image: Image,
  signupForm: SignupForm,
  otherWaysIn: OtherWaysIn,
  beliefList: BeliefList,
  callToAction: CallToAction,
} satisfies {
  [K in BlockType]: Component<{ block: BlockOf<K>; context: PageContext; first?: boolean }>
}
