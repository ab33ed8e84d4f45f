// Seed 001, the front page, word for word. Left out as notes to the author: the opening remark
// ("Dette er litt i rekkefølge …"), the first-person remarks ("Jeg føler …", "Jeg tenkte …"),
// "Og skillet er litt vanskelig og." (about the heading, not the services), the "Hvorfor"
// discussion, the "(tekniske)" audience label and the empty bullet under "Bli medlem/påvirk".
import { bulletList, richText } from '../../lexical'
import type { SeedPage } from './seedPage'

/** "Infra og tjenester": the services page repeats these. */
export const infrastructureFirst = [
  'Folk skjønner at vi må bygge infrastruktur før vi kan bygge tjenester. Medlemskontigenten nå går ut på det.',
  'Git er både infra og en tjeneste vi leverer til medlemmer.',
]

/** "Bli medlem/påvirk": the membership page repeats these. */
export const memberBenefits = [
  'Støtt oss finansielt.',
  'Bidra til å finne ut av hvordan demokratisk teknologi ser ut.',
]

export const forside: SeedPage = {
  title: 'Forside',
  slug: 'forside',
  layout: [
    {
      blockType: 'hero',
      heading: 'Teknologi for alle.',
      links: [
        { link: { label: 'Bygg med oss', href: '/bygg-med-oss' } },
        { link: { label: 'Bli medlem', href: '/bli-medlem' } },
      ],
    },
    {
      blockType: 'richTextSection',
      heading: 'Infra og tjenester',
      content: richText(...infrastructureFirst),
    },
    {
      blockType: 'beliefList',
      heading: 'Vi tror',
      items: [
        {
          text: 'Vi tror vi må bygge det vi ønsker selv. At løsningen ligger i alternativer, ikke i å prøve tjenester til å oppføre seg. Det har de hatt mange sjanser på.',
        },
        { text: 'Vi tror det er legitim skade. Både individ og samfunnsnivå.' },
        { text: 'Vi savner tjenester som ikke bruker dataen vår i mot oss.' },
        { text: 'Vi tror ikke på selskap bygget av Amerikansk risikokapital.' },
        {
          text: 'Vi tror at hardware har aldri vært så billig og grunnleggende tjenester trenger ikke koste skjorta å drifte.',
        },
        {
          text: 'Og vi tror prisen på å utvikle software har nettopp endret seg for alltid og det kommer til å komme mye spennende de neste årene.',
        },
      ],
    },
    {
      blockType: 'beliefList',
      heading: 'Hvordan',
      items: [
        { text: 'Kollektivt eid. Felles drift.' },
        {
          text: 'Demokratisk styrt. En demokratisk kontrakt mellom de som utvikler og drifter, og de som bruker en tjeneste.',
        },
        { text: 'Rettferdig.' },
      ],
      afterword: richText(
        'Det er enormt mye som må avklares. Det er enormt mange meninger, innspill og ideer som ikke har blitt fremmet. Det er enormt mange spørsmål. Tekniske spørsmål. Organisatoriske spørsmål.',
      ),
    },
    // "Bidra" has three parts, and every section renders its own h2: the parts become three
    // sections with the names the site uses for them, and "Bidra" names them in the admin.
    {
      blockType: 'callToAction',
      blockName: 'Bidra: Bli medlem/påvirk',
      heading: 'Bli medlem',
      content: richText(bulletList(...memberBenefits)),
      links: [{ link: { label: 'Bli medlem', href: '/bli-medlem' } }],
    },
    {
      blockType: 'callToAction',
      blockName: 'Bidra: Bygg med oss',
      heading: 'Bygg med oss',
      content: richText(
        'Hittill er vi en 10-20 folk som har bidratt litt. Vi trenger flere. Vi trenger folk som har litt tid eller mye tid. Folk som har litt kompetanse eller mye kompetanse.',
        'Spesielt trenger vi folk som er gode på infrastruktur og drift, gjerne på bare-metal. Vi trenger folk som kan bidra til kjerneinfrastrukturen til Datakollektivet. Orkestrering. Sikkerhet.',
        'Vi står rett foran interessante tekniske problemer rundt isolerte multi-tenancy, IaC og sannsynligvis distribuert storage. Spesielt',
        'SSO er kritisk. Medlemmer må logge inn en gang, og få tilgang til alle tjenestene sine. Vi må sannsynligvis utvikle et medlemsstyringssystem som gjør det mulig for medlemmer å bli medlem på nett, uten alt for mye manuelt arbeid.',
        'Vi kaller på dere som har kompetanse på slike systemer. Og dere som vil lære dette bedre. Eller dere som tar slikt på strak arm og fikser det null stress. Vi søker dere som helst vil ha noen å gjøre dette sammen med, eller allerede er noen som vil jobbe sammen. Folk som har litt tid, og dere som har mye. Folk som vil ta på seg et større eller mindre ansvar.',
        'Folk som har sett seg lei av å vente på at andre skal gjøre noe og ønsker å bidra med å bygge noe nyttig. Som gir litt mer mening.',
      ),
      links: [{ link: { label: 'Bygg med oss', href: '/bygg-med-oss' } }],
    },
    {
      blockType: 'callToAction',
      blockName: 'Bidra: Følg oss',
      heading: 'Følg oss',
      content: richText(
        'Eller, dere som ikke er helt klare for noen av delene men vil se hvordan denne reisen går.',
      ),
    },
  ],
}
