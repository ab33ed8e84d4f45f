// The global `site-settings`. From the seed: the footer text and default description (seed 000's
// hero ingress, first sentence), the form's labels, placeholder, button and footnote (seed 000 §7)
// and the newsletter button and Matrix link text (§8). The remaining interface texts are plain
// bokmål written for the site, not seed copy.
import type { SiteSetting } from '../../payload-types'
import { defaultFollowUpDays } from '../../globals/SiteSettings/followUp'
import { newsletterTextDefaults } from '../../globals/SiteSettings/newsletterTexts'
import { mission } from './pages/byggMedOss'

export type SeedSiteSettings = Omit<SiteSetting, 'id' | 'updatedAt' | 'createdAt'>

const navigation = [
  { label: 'Bygg med oss', href: '/bygg-med-oss' },
  { label: 'Bli medlem', href: '/bli-medlem' },
  { label: 'Tjenester', href: '/tjenester' },
  { label: 'Om oss', href: '/om-oss' },
]

export const siteSettings: SeedSiteSettings = {
  siteName: 'Datakollektivet',
  navigation: navigation.map((link) => ({ link })),
  footerText: mission,
  footerLinks: [{ link: { label: 'Personvern', href: '/personvern' } }],
  // The seed names the link but not its address; an editor adds it under Innstillinger.
  matrix: { label: 'Bli med på Matrix' },
  defaultSeo: { title: 'Datakollektivet', description: mission },
  // "Vi tar kontakt innen noen dager" (the footnote): the deadline the reminders hold us to.
  followUpDays: defaultFollowUpDays,
  form: {
    nameLabel: 'Navn',
    emailLabel: 'E-post',
    interestsLabel: 'Hva er du interessert i?',
    messageLabel: 'Melding',
    messagePlaceholder:
      'Fortell oss gjerne litt om bakgrunnen din og hva du har lyst til å jobbe med',
    requiredMarker: '(påkrevd)',
    optionalMarker: '(valgfritt)',
    submitLabel: 'Send inn',
    footnote: 'Vi tar kontakt innen noen dager.',
    privacyNotice:
      'Vi lagrer det du sender inn. Bare de som følger opp nye bidragsytere, og administratorene våre, kan se det.',
    privacyLinkLabel: 'Les om personvern',
    successHeading: 'Takk for at du tok kontakt',
    successText: 'Vi har fått det du sendte inn.',
    errorSummary: 'Noe må rettes før du kan sende inn',
    errorRequired: 'Fyll ut dette feltet.',
    errorEmail: 'Skriv en gyldig e-postadresse.',
    errorTooLong: 'Teksten er for lang.',
    errorInterests: 'Velg blant alternativene i listen.',
    errorRateLimited: 'Det er sendt inn mange ganger på kort tid. Vent litt og prøv igjen.',
    errorUnavailable: 'Vi fikk ikke sendt det inn. Prøv igjen om litt.',
    newsletterEmailLabel: 'E-post',
    newsletterSubmitLabel: 'Meld meg på',
    newsletterSuccessText:
      'Takk! Sjekk e-posten din: du får en lenke for å bekrefte påmeldingen. Er du allerede påmeldt, trenger du ikke gjøre noe.',
  },
  newsletter: newsletterTextDefaults,
  interface: {
    skipLink: 'Hopp til innholdet',
    navigationLabel: 'Hovedmeny',
    notFoundHeading: 'Fant ikke siden',
    notFoundText: 'Siden finnes ikke, eller den har flyttet.',
    errorHeading: 'Noe gikk galt',
    errorText: 'Siden kunne ikke vises akkurat nå. Prøv igjen om litt.',
    homeLinkLabel: 'Til forsiden',
  },
}
