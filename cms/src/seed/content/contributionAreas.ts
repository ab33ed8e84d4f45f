// Seed 000 §4, "Bidragsområder", word for word; `formLabel` is the matching option of the form's
// multiple choice in §7, and `key` its kebab-case slug (stored with each submission).
import type { ContributionArea } from '../../payload-types'

type SeedContributionArea = Pick<
  ContributionArea,
  'title' | 'description' | 'formLabel' | 'key'
> & {
  seedKey: string
}

export const contributionAreas: SeedContributionArea[] = [
  {
    seedKey: 'utvikling',
    key: 'utvikling',
    title: 'Utvikling',
    description: 'Frontend, backend, DevOps, integrasjoner',
    formLabel: 'Utvikling',
  },
  {
    seedKey: 'design',
    key: 'design',
    title: 'Design',
    description: 'UX, visuell design, tilgjengelighet',
    formLabel: 'Design',
  },
  {
    seedKey: 'drift',
    key: 'drift',
    title: 'Drift og infrastruktur',
    description: 'Sysadmin, nettverk, sikkerhet, bare-metal',
    formLabel: 'Drift',
  },
  {
    seedKey: 'innhold',
    key: 'innhold',
    title: 'Innhold og kommunikasjon',
    description: 'Tekst, nettside, sosiale medier',
    formLabel: 'Innhold',
  },
  {
    seedKey: 'demokrati-org',
    key: 'demokrati-org',
    title: 'Demokrati og organisasjon',
    description: 'Prosesser, vedtekter, moderering',
    formLabel: 'Demokrati/org',
  },
  {
    seedKey: 'juss',
    key: 'juss',
    title: 'Juss og personvern',
    description: 'Juridisk rådgivning, GDPR, organisasjonsrett',
    formLabel: 'Juss',
  },
  {
    seedKey: 'radgivning',
    key: 'radgivning',
    title: 'Rådgivning',
    description: 'Erfaring og veiledning, uten fast forpliktelse',
    formLabel: 'Rådgivning',
  },
]
