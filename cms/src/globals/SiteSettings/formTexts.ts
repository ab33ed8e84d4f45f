import type { Field } from 'payload'

const text = (name: string, label: string, required = true, description?: string): Field => ({
  name,
  type: 'text',
  label,
  required,
  ...(description ? { admin: { description } } : {}),
})

/** Every word of the sign-up and newsletter forms, so editors change them without code. */
export const formTexts: Field = {
  name: 'form',
  type: 'group',
  label: 'Tekster i skjemaene',
  fields: [
    text('nameLabel', 'Navn'),
    text('emailLabel', 'E-post'),
    text('interestsLabel', 'Hva er du interessert i?'),
    text('messageLabel', 'Melding'),
    text('messagePlaceholder', 'Hjelpetekst i meldingsfeltet', false),
    text('requiredMarker', 'Merking av påkrevde felt', true, 'F.eks. «(påkrevd)».'),
    text('optionalMarker', 'Merking av valgfrie felt', true, 'F.eks. «(valgfritt)».'),
    text('submitLabel', 'Knapp'),
    text('footnote', 'Fotnote under knappen', false),
    { name: 'privacyNotice', type: 'textarea', label: 'Personvern-merknad', required: true },
    text('privacyLinkLabel', 'Lenketekst til personvernsiden'),
    text('successHeading', 'Overskrift etter innsending'),
    { name: 'successText', type: 'textarea', label: 'Tekst etter innsending', required: true },
    text('errorSummary', 'Overskrift når noe er feil i skjemaet'),
    text('errorRequired', 'Feil: påkrevd felt mangler'),
    text('errorEmail', 'Feil: ugyldig e-post'),
    text('errorTooLong', 'Feil: for lang tekst'),
    text('errorInterests', 'Feil: ukjent valg'),
    text('errorRateLimited', 'Feil: for mange innsendinger'),
    text('errorUnavailable', 'Feil: kunne ikke sende'),
    text('newsletterEmailLabel', 'Nyhetsbrev: e-postfelt'),
    text('newsletterSubmitLabel', 'Nyhetsbrev: knapp'),
    {
      name: 'newsletterSuccessText',
      type: 'textarea',
      label: 'Nyhetsbrev: etter påmelding',
      required: true,
    },
  ],
}
