// Seed 000, "Bygg med oss", all eight sections in order, word for word, and one drawing. The quoted notes, the
// "UI:" notes and the "Strukturnotater" are notes to the author, not copy.
import { richText } from '../../lexical'
import { toolsImage } from '../images'
import type { SeedPage } from './seedPage'

/** The hero ingress's first sentence: also the site's footer text and default description. */
export const mission =
  'Datakollektivet bygger digital infrastruktur og tjenester — kollektivt eid, demokratisk styrt, åpen kildekode.'

/** §2: what runs today; the services page repeats it. */
export const toolsInUse =
  'Vi har Loomio i drift for medlemsdemokrati, Matrix for kommunikasjon, og Forgejo for kode.'

/** §8, the "Bli medlem" card; the membership page opens with it. */
export const joinCardText = 'Mer interessert i å bruke tjenestene og være med å bestemme retningen?'

export const byggMedOss: SeedPage = {
  title: 'Bygg med oss',
  slug: 'bygg-med-oss',
  seo: {
    description: 'Vi har kommet et stykke. Men vi er langt fra ferdig, og vi trenger flere folk.',
  },
  layout: [
    {
      blockType: 'hero',
      heading: 'Vi trenger folk som bygger.',
      lead: `${mission} Vi har kommet et stykke. Men vi er langt fra ferdig, og vi trenger flere folk.`,
    },
    {
      blockType: 'richTextSection',
      heading: 'Hittil',
      content: richText(
        `Datakollektivet ble stiftet i oktober 2025. Per nå har et sted mellom 10 og 20 folk bidratt. ${toolsInUse} Vi har styre, vedtekter, bankkonto og en nettside.`,
        'Men vi er langt unna der vi vil. Vi trenger flere hoder og flere hender.',
      ),
    },
    // Not in seed 000: a drawing of §2's tools, the seed's one image (alt text from the sentence).
    { blockType: 'image', image: toolsImage, width: 'text' },
    {
      blockType: 'problemCardGrid',
      heading: 'Hva vi jobber med',
      intro: 'Vi står foran en serie konkrete problemer. Her er de viktigste.',
    },
    {
      blockType: 'contributionAreaGrid',
      heading: 'Det er ikke bare kode vi trenger',
      intro: richText(
        'Datakollektivet trenger mer enn utviklere. Det er enormt mye som må avklares — tekniske spørsmål, organisatoriske spørsmål, juridiske spørsmål, spørsmål om hva demokratisk teknologi faktisk betyr i praksis.',
      ),
    },
    {
      blockType: 'richTextSection',
      heading: 'Hvem vi ser etter',
      content: richText(
        'Folk som har kompetanse på slike systemer. Folk som vil lære. Folk som tar slikt på strak arm.',
        'Folk som vil ha noen å gjøre dette sammen med. Eller som allerede jobber med slikt og savner et fellesskap rundt det.',
        'Folk som har litt tid, og folk som har mye. Folk som vil ta på seg et større ansvar, og folk som bare vil plukke en oppgave her og der.',
      ),
    },
    {
      // The section's last line, set apart as the "UI:" note asks: a typographic break.
      blockType: 'statement',
      text: 'Folk som har sett seg lei av å vente på at andre skal gjøre noe.',
    },
    {
      blockType: 'steps',
      heading: 'Slik kommer du i gang',
      afterword: 'Ingen bindinger. Ingen minimumsforpliktelse. Bidra med det du kan, når du kan.',
    },
    {
      // §7 has no title of its own; "Ta kontakt" is step 1, which points here.
      blockType: 'signupForm',
      heading: 'Ta kontakt',
      anchor: 'skjema',
    },
    {
      blockType: 'otherWaysIn',
      heading: 'Andre veier inn',
      cards: [
        {
          title: 'Bli medlem',
          text: joinCardText,
          link: { label: 'Bli medlem', href: '/bli-medlem' },
        },
        {
          // The Matrix link comes from Innstillinger → Matrix once its address is known.
          title: 'Følg oss',
          text: 'Ikke klar ennå? Meld deg på nyhetsbrevet og bli med på Matrix.',
          newsletter: true,
        },
      ],
    },
  ],
}
