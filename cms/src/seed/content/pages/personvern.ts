// Not in the seed copy: a factual first version of what the site stores, for the content team
// to review. It describes the collections as configured and makes no legal claims.
import { paragraph, richText } from '../../lexical'
import type { SeedPage } from './seedPage'

export const draftNotice = 'Utkast – skal gjennomgås av innholdsteamet.'

export const personvern: SeedPage = {
  title: 'Personvern',
  slug: 'personvern',
  // A draft: reachable from the forms, not offered to search engines until it is reviewed.
  seo: { noIndex: true },
  layout: [
    { blockType: 'hero', heading: 'Personvern' },
    {
      blockType: 'richTextSection',
      content: richText(
        paragraph({ text: draftNotice, bold: true }),
        'Her står hvilke opplysninger nettstedet lagrer når du bruker skjemaene, hvem som ser dem og hvor lenge vi tar vare på dem.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Skjemaet «Ta kontakt»',
      content: richText(
        'Når du sender inn skjemaet, lagrer vi navnet ditt, e-postadressen din, områdene du har krysset av for, meldingen din og hvilken side du sendte skjemaet fra.',
        'De som følger deg opp, kan i tillegg notere status og interne notater om henvendelsen.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Nyhetsbrevet',
      content: richText(
        'Når du melder deg på nyhetsbrevet, lagrer vi e-postadressen din og om påmeldingen er bekreftet.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Hvem som ser opplysningene',
      content: richText(
        'Bare de som følger opp nye bidragsytere, og administratorene av publiseringsløsningen vår kan se opplysningene.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Hvor lenge vi tar vare på dem',
      content: richText(
        'Vi tar bare vare på opplysningene så lenge vi trenger dem, og sletter dem når du ber om det.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Sporing',
      content: richText('Nettstedet bruker ingen sporings- eller analyseverktøy fra tredjeparter.'),
    },
  ],
}
