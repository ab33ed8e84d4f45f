// Seed 000 §3, "Problemkort", word for word.
import type { ProblemCard } from '../../payload-types'
import { richText } from '../lexical'

type SeedProblemCard = Pick<ProblemCard, 'title' | 'description' | 'icon' | 'tag'> & {
  seedKey: string
}

export const problemCards: SeedProblemCard[] = [
  {
    seedKey: 'sso',
    title: 'SSO / Single Sign-On',
    icon: 'key',
    description: richText(
      'Medlemmer må logge inn én gang og få tilgang til alle tjenestene sine. Kritisk — og det første som må på plass om vi ønsker litt medlemmer.',
    ),
  },
  {
    seedKey: 'medlemsstyring',
    title: 'Medlemsstyring',
    icon: 'users',
    description: richText(
      'Et system der folk kan bli medlem på nett uten mye manuelt arbeid. Registrering, kontingent, tilgangsstyring — helst integrert med SSO.',
    ),
  },
  {
    seedKey: 'infrastruktur',
    title: 'Infrastruktur og drift',
    icon: 'server',
    description: richText(
      'Orkestrering, IaC, sikkerhet. Vi drifter på bare-metal og trenger folk som er komfortable med det. Ansible, Docker, og sannsynligvis mer etter hvert.',
    ),
  },
  {
    seedKey: 'multi-tenancy',
    title: 'Multi-tenancy',
    icon: 'layers',
    description: richText(
      'De fleste tjenester er bygget for individer eller familier, ikke for multi-tenancy. Vi må bygge isolerte tjenestemiljøer med egne instanser/containere og storage. Ikke trivielt å gjøre sikkert og billig.',
    ),
  },
  {
    seedKey: 'distribuert-storage',
    title: 'Distribuert storage',
    icon: 'database',
    description: richText(
      'Lagring som fungerer på tvers av tjenester. Spesielt viktig når vi begynner å tilby fil- og fotolagring — men vi er ikke der ennå, og vi vet det.',
    ),
  },
  {
    seedKey: 'sikkerhet-persondata',
    title: 'Sikkerhet og persondata',
    icon: 'shield',
    description: richText(
      'Infrastrukturen må utvikles mye før vi kan ta vare på persondata som bilder og dokumenter. Det skal gjøres ordentlig, eller ikke i det hele tatt.',
    ),
  },
]
