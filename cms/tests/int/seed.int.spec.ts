// The seed run twice, then read back over REST as an anonymous visitor. Other test files share
// the database, so everything here is found by the seed's own keys and slugs.
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../src/seed'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const seeded = {
  'problem-cards': [
    'sso',
    'medlemsstyring',
    'infrastruktur',
    'multi-tenancy',
    'distribuert-storage',
    'sikkerhet-persondata',
  ],
  'contribution-areas': [
    'utvikling',
    'design',
    'drift',
    'innhold',
    'demokrati-org',
    'juss',
    'radgivning',
  ],
  'onboarding-steps': ['ta-kontakt', 'vi-snakker-sammen', 'fa-tilgang', 'begynn-a-bidra'],
}
const slugs = ['forside', 'bygg-med-oss', 'bli-medlem', 'tjenester', 'om-oss', 'personvern']

let payload: Payload
const serviceApiKey = randomUUID()

async function countSeeded() {
  const counts: Record<string, number> = {}
  for (const [collection, keys] of Object.entries(seeded)) {
    const { body } = await rest('GET', `/${collection}`, {
      query: { 'where[seedKey][in]': keys.join(','), limit: '0' },
    })
    counts[collection] = body.totalDocs
  }
  const { body } = await rest('GET', '/pages', {
    query: { 'where[slug][in]': slugs.join(','), limit: '0', depth: '0' },
  })
  counts.pages = body.totalDocs
  return counts
}

/** What a reader sees of a REST value: strings, and the text of rich text, paragraph by paragraph. */
function visibleText(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(visibleText)
  if (!value || typeof value !== 'object') return []
  if ('root' in value) return [lexicalText(value.root)]
  return Object.entries(value)
    .filter(([key]) => !['id', 'blockType', 'blockName', 'createdAt', 'updatedAt'].includes(key))
    .flatMap(([, child]) => visibleText(child))
}

function lexicalText(node: any): string {
  if (node.type === 'text') return node.text
  const inline = ['paragraph', 'heading', 'listitem', 'link'].includes(node.type)
  return (node.children ?? []).map(lexicalText).join(inline ? '' : '\n')
}

/** A page as visitors get it: the page view, whose grids show their whole collection. */
async function pageText(slug: string) {
  const { status, body } = await rest('GET', `/pages/view/${slug}`)
  expect(status).toBe(200)
  expect(body.page?.slug).toBe(slug)
  return { layout: body.page.layout, text: visibleText(body.page.layout).join('\n') }
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('seed', () => {
  let first: Record<string, number>

  beforeAll(async () => {
    await seed(payload, { serviceApiKey })
    first = await countSeeded()
    await seed(payload, { serviceApiKey })
  })

  it('publishes every seeded document once, and a second run adds none', async () => {
    expect(first).toEqual({
      'problem-cards': 6,
      'contribution-areas': 7,
      'onboarding-steps': 4,
      pages: 6,
    })
    expect(await countSeeded()).toEqual(first)
  })

  it('uploads its one image once, with alt text, and shows it on “Bygg med oss”', async () => {
    const { docs } = await payload.find({
      collection: 'media',
      where: { filename: { like: 'verktoy-i-drift' } },
      overrideAccess: true,
    })
    expect(docs.map((media) => media.alt)).toEqual([
      'Tegning av tre kort: Loomio for medlemsdemokrati, Matrix for kommunikasjon og Forgejo for kode.',
    ])
    const { layout } = await pageText('bygg-med-oss')
    const block = layout.find((item: any) => item.blockType === 'image')
    expect(block.image).toMatchObject({ id: docs[0]!.id, width: 1600, height: 560 })
  })

  it('leaves documents an editor has changed as they are', async () => {
    const { docs } = await payload.find({
      collection: 'problem-cards',
      where: { seedKey: { equals: 'sso' } },
      overrideAccess: true,
    })
    const card = docs[0]
    if (!card) throw new Error('the seed made no SSO card')
    await payload.update({
      collection: 'problem-cards',
      id: card.id,
      data: { title: 'SSO (endret)' },
      overrideAccess: true,
    })
    await seed(payload)
    const after = await payload.find({
      collection: 'problem-cards',
      where: { seedKey: { equals: 'sso' } },
      overrideAccess: true,
    })
    expect(after.docs.map((doc) => doc.title)).toEqual(['SSO (endret)'])
    await payload.update({
      collection: 'problem-cards',
      id: card.id,
      data: { title: card.title },
      overrideAccess: true,
    })
  })

  it('leaves site settings an editor has saved as they are', async () => {
    const before = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { footerText: 'Endret av en redaktør' },
      overrideAccess: true,
    })
    await seed(payload)
    const after = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(after.footerText).toBe('Endret av en redaktør')
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { footerText: before.footerText },
      overrideAccess: true,
    })
  })

  it('creates web’s service user with the service role only', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'web-service@datakollektivet.invalid' } },
      overrideAccess: true,
    })
    expect(docs.map((user) => user.roles)).toEqual([['service']])
    const submissions = await rest('GET', '/form-submissions', { auth: { apiKey: serviceApiKey } })
    expect(submissions.status).toBe(403)
  })

  it('builds “Bygg med oss” from all eight sections of seed 000, in order', async () => {
    const { layout, text } = await pageText('bygg-med-oss')
    expect(layout.map((block: any) => block.blockType)).toEqual([
      'hero',
      'richTextSection',
      // The seed's one image, a drawing of §2's tools (seed/content/images.ts).
      'image',
      'problemCardGrid',
      'contributionAreaGrid',
      'richTextSection',
      'statement',
      'steps',
      'signupForm',
      'otherWaysIn',
    ])
    for (const sentence of [
      // §1 Hero
      'Vi trenger folk som bygger.',
      'Datakollektivet bygger digital infrastruktur og tjenester — kollektivt eid, demokratisk styrt, åpen kildekode. Vi har kommet et stykke. Men vi er langt fra ferdig, og vi trenger flere folk.',
      // §2 Hittil
      'Datakollektivet ble stiftet i oktober 2025. Per nå har et sted mellom 10 og 20 folk bidratt.',
      'Men vi er langt unna der vi vil. Vi trenger flere hoder og flere hender.',
      // §3 Hva vi jobber med, with the cards
      'Vi står foran en serie konkrete problemer. Her er de viktigste.',
      'Medlemmer må logge inn én gang og få tilgang til alle tjenestene sine. Kritisk — og det første som må på plass om vi ønsker litt medlemmer.',
      'Lagring som fungerer på tvers av tjenester. Spesielt viktig når vi begynner å tilby fil- og fotolagring — men vi er ikke der ennå, og vi vet det.',
      // §4 Det er ikke bare kode vi trenger, with the areas
      'Det er ikke bare kode vi trenger',
      'Det er enormt mye som må avklares — tekniske spørsmål, organisatoriske spørsmål, juridiske spørsmål, spørsmål om hva demokratisk teknologi faktisk betyr i praksis.',
      'Juridisk rådgivning, GDPR, organisasjonsrett',
      // §5 Hvem vi ser etter, and its last line on its own
      'Folk som har kompetanse på slike systemer. Folk som vil lære. Folk som tar slikt på strak arm.',
      'Folk som har sett seg lei av å vente på at andre skal gjøre noe.',
      // §6 Slik kommer du i gang
      'Fyll ut skjemaet under, eller si hei på Matrix.',
      'Forgejo, Matrix, Zulip og de verktøyene vi bruker internt.',
      'Ingen bindinger. Ingen minimumsforpliktelse. Bidra med det du kan, når du kan.',
      // §7 the form (its texts are in the settings)
      'Ta kontakt',
      // §8 Andre veier inn
      'Mer interessert i å bruke tjenestene og være med å bestemme retningen?',
      'Ikke klar ennå? Meld deg på nyhetsbrevet og bli med på Matrix.',
    ]) {
      expect(text).toContain(sentence)
    }
    for (const note of [
      'UI:',
      'Tenk cards',
      'Senk terskelen',
      'Strukturnotater',
      'Nøkkelbudskap',
    ]) {
      expect(text).not.toContain(note)
    }
    const statement = layout.find((block: any) => block.blockType === 'statement')
    expect(statement.text).toBe('Folk som har sett seg lei av å vente på at andre skal gjøre noe.')
    const form = layout.find((block: any) => block.blockType === 'signupForm')
    expect(form.anchor).toBe('skjema')
  })

  it('builds the front page from seed 001, without the notes to the author', async () => {
    const { text } = await pageText('forside')
    for (const sentence of [
      'Teknologi for alle.',
      'Medlemskontigenten nå går ut på det.',
      'Git er både infra og en tjeneste vi leverer til medlemmer.',
      'Vi tror vi må bygge det vi ønsker selv. At løsningen ligger i alternativer, ikke i å prøve tjenester til å oppføre seg. Det har de hatt mange sjanser på.',
      'Vi tror ikke på selskap bygget av Amerikansk risikokapital.',
      'Og vi tror prisen på å utvikle software har nettopp endret seg for alltid og det kommer til å komme mye spennende de neste årene.',
      'Demokratisk styrt. En demokratisk kontrakt mellom de som utvikler og drifter, og de som bruker en tjeneste.',
      'Det er enormt mange spørsmål. Tekniske spørsmål. Organisatoriske spørsmål.',
      'Støtt oss finansielt.',
      'Hittill er vi en 10-20 folk som har bidratt litt.',
      'SSO er kritisk. Medlemmer må logge inn en gang, og få tilgang til alle tjenestene sine.',
      'Eller, dere som ikke er helt klare for noen av delene men vil se hvordan denne reisen går.',
    ]) {
      expect(text).toContain(sentence)
    }
    for (const note of [
      'Jeg føler',
      'Jeg tenkte',
      'Vi må holde UIet',
      'Dette er litt i rekkefølge',
    ]) {
      expect(text).not.toContain(note)
    }
  })

  it('marks the draft roles on “Om oss” and names nobody', async () => {
    const { text } = await pageText('om-oss')
    expect(text).toContain('Roller (utkast, ikke vedtatt)')
    expect(text).toContain(
      'Målet: en ny person med relevant kompetanse skal kunne forstå, ta over og videreutvikle systemet basert på dokumentasjonen.',
    )
    expect(text).not.toContain('Alexander')
  })

  it('fills the other pages from seed sentences, and marks the privacy page a draft', async () => {
    expect((await pageText('bli-medlem')).text).toContain(
      'Bidra til å finne ut av hvordan demokratisk teknologi ser ut.',
    )
    expect((await pageText('tjenester')).text).toContain(
      'Vi har Loomio i drift for medlemsdemokrati, Matrix for kommunikasjon, og Forgejo for kode.',
    )
    const privacy = (await pageText('personvern')).text
    for (const sentence of [
      'Utkast – skal gjennomgås av innholdsteamet.',
      // What each form stores, why, who sees it, for how long, and how to have it deleted.
      'Når du sender inn skjemaet, lagrer vi navnet ditt, e-postadressen din, områdene du har krysset av for, meldingen din, hvilken side du sendte skjemaet fra og når du sendte det.',
      'Vi bruker opplysningene til å ta kontakt med deg om å bidra i Datakollektivet.',
      'Varselet inneholder bare en lenke til innsendingen, ikke navnet ditt eller det du skrev.',
      'Vi bruker adressen bare til å sende deg nyhetsbrevet.',
      'Påmeldinger som ikke blir bekreftet innen 48 timer, slettes automatisk.',
      'Bare de som følger opp nye bidragsytere, og administratorene av publiseringsløsningen vår kan se opplysningene.',
      'Innsendte skjema slettes automatisk 365 dager etter at de ble sendt inn.',
      'En administrator sletter da alt vi har lagret om deg fra skjemaet og nyhetsbrevet.',
      // What the follow-up records and sends (status history, routing, reminders).
      'Hver gang noen endrer status eller ansvarlig på innsendingen din, lagrer vi hvem som gjorde det, når, og hva det ble endret fra og til.',
      'Påminnelsene inneholder bare antall og lenker, ikke navnet ditt eller det du skrev.',
      'Historikken over endringer av status og ansvarlig slettes sammen med innsendingen.',
    ]) {
      expect(privacy).toContain(sentence)
    }
  })

  it('fills the site settings with the seed’s form texts and links', async () => {
    const { body } = await rest('GET', '/globals/site-settings')
    expect(body.siteName).toBe('Datakollektivet')
    expect(body.navigation.map(({ link }: any) => link.href)).toEqual([
      '/bygg-med-oss',
      '/bli-medlem',
      '/tjenester',
      '/om-oss',
    ])
    expect(body.footerLinks.map(({ link }: any) => link)).toContainEqual({
      label: 'Personvern',
      href: '/personvern',
    })
    // The seed names the Matrix link but knows no address for it.
    expect(body.matrix.label).toBe('Bli med på Matrix')
    expect(body.matrix.href ?? null).toBeNull()
    expect(body.form).toMatchObject({
      interestsLabel: 'Hva er du interessert i?',
      messagePlaceholder:
        'Fortell oss gjerne litt om bakgrunnen din og hva du har lyst til å jobbe med',
      submitLabel: 'Send inn',
      footnote: 'Vi tar kontakt innen noen dager.',
      newsletterSubmitLabel: 'Meld meg på',
    })
    expect(body.defaultSeo.description).toBe(
      'Datakollektivet bygger digital infrastruktur og tjenester — kollektivt eid, demokratisk styrt, åpen kildekode.',
    )
  })

  it('offers the contribution areas as the form’s choices, with their short names', async () => {
    const { body } = await rest('GET', '/contribution-areas', {
      query: { 'where[seedKey][in]': seeded['contribution-areas'].join(','), sort: '_order' },
    })
    expect(body.docs.map((area: any) => [area.key, area.formLabel])).toEqual([
      ['utvikling', 'Utvikling'],
      ['design', 'Design'],
      ['drift', 'Drift'],
      ['innhold', 'Innhold'],
      ['demokrati-org', 'Demokrati/org'],
      ['juss', 'Juss'],
      ['radgivning', 'Rådgivning'],
    ])
  })
})
