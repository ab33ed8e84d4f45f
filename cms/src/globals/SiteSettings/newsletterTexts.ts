import type { Field } from 'payload'

/**
 * The newsletter's words. The defaults fill the columns of a database that already has settings
 * (the migration adds them) and are the seed; editors change them under Innstillinger → Nyhetsbrev.
 */
export const newsletterTextDefaults = {
  confirmMailSubject: 'Bekreft påmeldingen til nyhetsbrevet fra Datakollektivet',
  confirmMailText:
    'Hei!\n\nNoen har meldt denne e-postadressen på nyhetsbrevet fra Datakollektivet. Var det deg, åpner du lenken under og trykker på knappen for å bekrefte påmeldingen:',
  confirmMailAfterLink:
    'Lenken virker i 48 timer og kan brukes én gang. Har du ikke meldt deg på selv, trenger du ikke gjøre noe: da sletter vi adressen når lenken går ut.',
  mailUnsubscribeText: 'Vil du ikke ha e-post fra oss, kan du melde deg av her:',
  confirmHeading: 'Bekreft påmeldingen',
  confirmText: 'Trykk på knappen for å bekrefte at du vil få nyhetsbrevet fra Datakollektivet.',
  confirmButton: 'Bekreft påmeldingen',
  confirmedHeading: 'Takk, du er påmeldt',
  confirmedText:
    'Du får nyhetsbrevet på e-post. Hver e-post fra oss har en lenke du kan bruke for å melde deg av.',
  expiredHeading: 'Lenken er gått ut',
  expiredText:
    'Bekreftelseslenken virker bare i 48 timer. Meld deg på igjen, så sender vi deg en ny lenke.',
  invalidHeading: 'Lenken virker ikke',
  invalidText:
    'Lenken er allerede brukt, eller den er ufullstendig. Kopier gjerne hele lenken fra e-posten og prøv igjen.',
  unsubscribeHeading: 'Meld deg av nyhetsbrevet',
  unsubscribeText:
    'Trykk på knappen for å melde deg av. Da sletter vi e-postadressen din fra listen over abonnenter.',
  unsubscribeButton: 'Meld meg av',
  unsubscribedHeading: 'Du er meldt av',
  unsubscribedText:
    'Vi har slettet e-postadressen din fra listen over abonnenter. Du får ikke flere e-poster om nyhetsbrevet.',
} as const

type Name = keyof typeof newsletterTextDefaults

const common = (name: Name, label: string, description?: string) => ({
  name,
  label,
  required: true,
  defaultValue: newsletterTextDefaults[name],
  ...(description ? { admin: { description } } : {}),
})
const text = (name: Name, label: string, description?: string): Field => ({
  ...common(name, label, description),
  type: 'text',
})
const textarea = (name: Name, label: string, description?: string): Field => ({
  ...common(name, label, description),
  type: 'textarea',
})

const ttlNote = 'Bekreftelseslenken virker i 48 timer; skriv ikke noe annet her.'

export const newsletterTexts: Field = {
  name: 'newsletter',
  type: 'group',
  label: 'Nyhetsbrevet',
  fields: [
    text('confirmMailSubject', 'E-post: emne'),
    textarea('confirmMailText', 'E-post: tekst før bekreftelseslenken'),
    textarea('confirmMailAfterLink', 'E-post: tekst etter bekreftelseslenken', ttlNote),
    textarea(
      'mailUnsubscribeText',
      'E-post: tekst før avmeldingslenken',
      'Står nederst i hver e-post, foran lenken for å melde seg av.',
    ),
    text('confirmHeading', 'Bekreft-siden: overskrift'),
    textarea('confirmText', 'Bekreft-siden: tekst'),
    text('confirmButton', 'Bekreft-siden: knapp'),
    text('confirmedHeading', 'Bekreftet: overskrift'),
    textarea('confirmedText', 'Bekreftet: tekst'),
    text('expiredHeading', 'Utløpt lenke: overskrift'),
    textarea('expiredText', 'Utløpt lenke: tekst', ttlNote),
    text('invalidHeading', 'Ugyldig eller brukt lenke: overskrift'),
    textarea('invalidText', 'Ugyldig eller brukt lenke: tekst'),
    text('unsubscribeHeading', 'Avmeldingssiden: overskrift'),
    textarea('unsubscribeText', 'Avmeldingssiden: tekst'),
    text('unsubscribeButton', 'Avmeldingssiden: knapp'),
    text('unsubscribedHeading', 'Meldt av: overskrift'),
    textarea('unsubscribedText', 'Meldt av: tekst'),
  ],
}
