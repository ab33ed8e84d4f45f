// Seed 000 §6, "Slik kommer du i gang", word for word: the bold part is the title.
import type { OnboardingStep } from '../../payload-types'

type SeedOnboardingStep = Pick<OnboardingStep, 'title' | 'description'> & { seedKey: string }

export const onboardingSteps: SeedOnboardingStep[] = [
  {
    seedKey: 'ta-kontakt',
    title: 'Ta kontakt',
    description: 'Fyll ut skjemaet under, eller si hei på Matrix.',
  },
  {
    seedKey: 'vi-snakker-sammen',
    title: 'Vi snakker sammen',
    description: 'Vi finner ut hva som er interessant for deg.',
  },
  {
    seedKey: 'fa-tilgang',
    title: 'Få tilgang',
    description: 'Forgejo, Matrix, Zulip og de verktøyene vi bruker internt.',
  },
  {
    seedKey: 'begynn-a-bidra',
    title: 'Begynn å bidra',
    description:
      'Plukk en oppgave, jobb på et prosjekt, delta i driftsmøter, eller bare vær med i diskusjonene.',
  },
]
