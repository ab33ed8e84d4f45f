// A first version from seed 002: "Status", the draft roles and the documentation goals, word for
// word. Left out: the source note, the discussion of the statutes (it names a person), the quoted
// question and the open discussion points from the meeting notice, which are internal.
import { bulletList, heading, paragraph, richText } from '../../lexical'
import type { SeedPage } from './seedPage'

/** Kept in the heading so nobody reads the roles as adopted. */
export const rolesHeading = 'Roller (utkast, ikke vedtatt)'

export const omOss: SeedPage = {
  title: 'Om oss',
  slug: 'om-oss',
  layout: [
    { blockType: 'hero', heading: 'Om oss' },
    {
      blockType: 'richTextSection',
      heading: 'Status',
      content: richText(
        paragraph(
          'Driftsgruppen er ',
          { text: 'ikke formalisert ennå', bold: true },
          '. Arbeidsgruppene (Formidling, Infrastruktur og Sikkerhet) har vært enkle i oppstartsfasen. De er i prosess med å formaliseres i en driftsgruppe, men det krever noen vedtektsendringer.',
        ),
        'Et innledende møte er kunngjort (februar 2026) for å diskutere struktur, ansvar og demokratiske mekanismer.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: rolesHeading,
      content: richText(
        heading('h3', 'Systemansvarlig'),
        'Ansvar for ett konkret system. Sørger for driftssikkerhet og at dokumentasjon finnes og er oppdatert.',
        bulletList(
          'Planlegger og leder implementasjonen i samarbeid med andre',
          'Ansvarlig for sikkerhet innenfor felles rammer',
          'Sørger for at systemet følger krav og prosedyrer',
          'Første kontaktpunkt for styret/driftsgruppen',
          'Rapporterer jevnlig om status, risiko og hendelser',
        ),
        heading('h3', 'Administratorer'),
        'Praktiske tilganger til systemene (SSH, web-admin, databaser). Systemansvarlige er også administrator i sitt system.',
        bulletList(
          'Utfører tekniske endringer innenfor rammene systemansvarlig og driftsgruppe har satt',
          'Følger prosedyrer for oppdateringer, deploy, nøkkelrotasjon',
        ),
        heading('h3', 'Moderatorer'),
        'Håndterer innhold og brukeratferd i tjenester med diskusjoner/brukerinnhold. Følger Code of Conduct. Trenger ikke tekniske tilganger — rollen holdes adskilt fra drift.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Systemdokumentasjon (mål per system)',
      content: richText(
        bulletList(
          'Systemark (formål, brukere, kritikalitet, avhengigheter)',
          'Risikovurdering',
          'Tilgangsoversikt/tilgangsmatrise',
          'Driftshåndbok',
          'Backup- og recovery-plan',
          'Hendelseshåndteringsplan',
        ),
        'Målet: en ny person med relevant kompetanse skal kunne forstå, ta over og videreutvikle systemet basert på dokumentasjonen.',
      ),
    },
  ],
}
