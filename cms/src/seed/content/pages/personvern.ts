// Not in the seed copy: a factual first version of what the site stores, for the content team
// to review. It describes the collections and jobs as configured (cms/src/collections/
// FormSubmissions, SubmissionHistory, NewsletterSubscribers, cms/src/jobs) and makes no legal claims.
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
        'Her står hvilke opplysninger nettstedet lagrer når du bruker skjemaene, hvorfor, hvem som ser dem, hvor lenge vi tar vare på dem og hvordan du får dem slettet.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Skjemaet «Ta kontakt»',
      content: richText(
        'Når du sender inn skjemaet, lagrer vi navnet ditt, e-postadressen din, områdene du har krysset av for, meldingen din, hvilken side du sendte skjemaet fra og når du sendte det.',
        'Vi bruker opplysningene til å ta kontakt med deg om å bidra i Datakollektivet.',
        'De som følger deg opp, kan i tillegg notere status, hvem som har ansvaret for å følge deg opp, og interne notater. Sender du det samme skjemaet flere ganger innen et døgn, lagres det bare én gang, og vi noterer hvor mange ganger og når det sist ble sendt.',
        'Hver gang noen endrer status eller ansvarlig på innsendingen din, lagrer vi hvem som gjorde det, når, og hva det ble endret fra og til. Slik ser vi hvor lang tid det tok før noen tok kontakt med deg. Bare de som følger opp nye bidragsytere, og administratorene ser denne historikken.',
        'Når et skjema kommer inn, får de som følger opp områdene du krysset av for, et varsel på e-post. Har du ikke krysset av for noe, eller følger ingen av dem opp de områdene, får alle som følger opp nye bidragsytere varselet. Chatten vår får også et varsel. Varselet inneholder bare en lenke til innsendingen, ikke navnet ditt eller det du skrev.',
        'Har ingen fulgt opp innsendingen din innen fristen vi har satt oss, får de som følger opp, en påminnelse på e-post og i chatten én gang om dagen. Påminnelsene inneholder bare antall og lenker, ikke navnet ditt eller det du skrev.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Nyhetsbrevet',
      content: richText(
        'Når du melder deg på nyhetsbrevet, lagrer vi e-postadressen din, om påmeldingen venter på bekreftelse eller er bekreftet, og når det skjedde.',
        'Vi bruker adressen bare til å sende deg nyhetsbrevet. Vi sender deg først en e-post med en lenke du må trykke på for å bekrefte påmeldingen. Lenkene i e-postene lagrer vi ikke, bare en kontrollsum som lar oss kjenne dem igjen.',
        'Påmeldinger som ikke blir bekreftet innen 48 timer, slettes automatisk.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Hvem som ser opplysningene',
      content: richText(
        'Bare de som følger opp nye bidragsytere, og administratorene av publiseringsløsningen vår kan se opplysningene. Nettsiden selv kan lagre nye innsendinger, men ikke lese dem.',
        'De som drifter serverne, har teknisk tilgang til databasen og sikkerhetskopiene.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Hvor lenge vi tar vare på dem',
      content: richText(
        'Innsendte skjema slettes automatisk 365 dager etter at de ble sendt inn. Historikken over endringer av status og ansvarlig slettes sammen med innsendingen.',
        'Er du påmeldt nyhetsbrevet, har vi adressen din til du melder deg av. Du kan melde deg av med lenken nederst i hver e-post fra oss; da sletter vi adressen din.',
        'Sikkerhetskopier av databasen tas hver dag og slettes etter 30 dager, så det som slettes, forsvinner også fra sikkerhetskopiene innen 30 dager.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Slik får du opplysningene slettet',
      content: richText(
        'Ta kontakt med oss, for eksempel på e-postadressen nederst på siden, og si hvilken e-postadresse du brukte. En administrator sletter da alt vi har lagret om deg fra skjemaet og nyhetsbrevet.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Sporing',
      content: richText('Nettstedet bruker ingen sporings- eller analyseverktøy fra tredjeparter.'),
    },
  ],
}
