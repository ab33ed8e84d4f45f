// Compile-time proof that what the CMS serves fits what web parses: Payload's generated types must
// be assignable to the input of the shared zod schemas. A field renamed on one side fails `tsc`.
import type {
  beliefListBlockSchema,
  callToActionBlockSchema,
  contributionAreaGridBlockSchema,
  contributionAreaSchema,
  heroBlockSchema,
  imageBlockSchema,
  mediaSchema,
  onboardingStepSchema,
  otherWaysInBlockSchema,
  problemCardGridBlockSchema,
  problemCardSchema,
  richTextSectionBlockSchema,
  signupFormBlockSchema,
  siteSettingsSchema,
  statementBlockSchema,
  stepsBlockSchema,
} from '@dk/shared'
import type { z } from 'zod'

import type {
  BeliefListBlock,
  CallToActionBlock,
  ContributionArea,
  ContributionAreaGridBlock,
  HeroBlock,
  ImageBlock,
  Media,
  OnboardingStep,
  OtherWaysInBlock,
  ProblemCard,
  ProblemCardGridBlock,
  RichTextSectionBlock,
  SignupFormBlock,
  SiteSetting,
  StatementBlock,
  StepsBlock,
} from './payload-types'

type Conforms<Served extends Parsed, Parsed> = Served

export type RestContract = [
  Conforms<SiteSetting, z.input<typeof siteSettingsSchema>>,
  Conforms<ProblemCard, z.input<typeof problemCardSchema>>,
  Conforms<ContributionArea, z.input<typeof contributionAreaSchema>>,
  Conforms<OnboardingStep, z.input<typeof onboardingStepSchema>>,
  Conforms<Media, z.input<typeof mediaSchema>>,
  Conforms<HeroBlock, z.input<typeof heroBlockSchema>>,
  Conforms<RichTextSectionBlock, z.input<typeof richTextSectionBlockSchema>>,
  Conforms<ProblemCardGridBlock, z.input<typeof problemCardGridBlockSchema>>,
  Conforms<ContributionAreaGridBlock, z.input<typeof contributionAreaGridBlockSchema>>,
  Conforms<StepsBlock, z.input<typeof stepsBlockSchema>>,
  Conforms<StatementBlock, z.input<typeof statementBlockSchema>>,
  Conforms<ImageBlock, z.input<typeof imageBlockSchema>>,
  Conforms<SignupFormBlock, z.input<typeof signupFormBlockSchema>>,
  Conforms<OtherWaysInBlock, z.input<typeof otherWaysInBlockSchema>>,
  Conforms<BeliefListBlock, z.input<typeof beliefListBlockSchema>>,
  Conforms<CallToActionBlock, z.input<typeof callToActionBlockSchema>>,
]
