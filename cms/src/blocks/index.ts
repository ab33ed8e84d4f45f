import { BeliefList } from './BeliefList'
import { CallToAction } from './CallToAction'
import { ContributionAreaGrid } from './ContributionAreaGrid'
import { Hero } from './Hero'
import { ImageBlock } from './ImageBlock'
import { OtherWaysIn } from './OtherWaysIn'
import { ProblemCardGrid } from './ProblemCardGrid'
import { RichTextSection } from './RichTextSection'
import { SignupForm } from './SignupForm'
import { Statement } from './Statement'
import { Steps } from './Steps'
import { withRowTitle } from '../fields/rowTitles'

/** Every section an editor can put on a page, in the order the "add block" menu shows them. */
export const pageBlocks = [
  Hero,
  RichTextSection,
  ProblemCardGrid,
  ContributionAreaGrid,
  Steps,
  Statement,
  ImageBlock,
  SignupForm,
  OtherWaysIn,
  BeliefList,
  CallToAction,
].map(withRowTitle)
