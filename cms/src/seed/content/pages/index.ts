import { bliMedlem } from './bliMedlem'
import { byggMedOss } from './byggMedOss'
import { forside } from './forside'
import { omOss } from './omOss'
import { personvern } from './personvern'
import type { SeedPage } from './seedPage'
import { tjenester } from './tjenester'

export type { SeedPage }

/** Every page the seed creates, found again by slug. */
export const pages: SeedPage[] = [forside, byggMedOss, bliMedlem, tjenester, omOss, personvern]
