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
    text(
      'nameLabel',
      'Navnefeltet: ledetekst',
      true,
      'Står over feltet der personen skriver navnet sitt.',
    ),
    text('emailLabel', 'E-postfeltet: ledetekst'),
    text(
      'interestsLabel',
      'Interessene: spørsmål over valgene',
      true,
      'Valgene er bidragsområdene (under Bidragsområder).',
    ),
    text('messageLabel', 'Meldingsfeltet: ledetekst'),
    text('messagePlaceholder', 'Meldingsfeltet: hjelpetekst inne i feltet', false),
    text('requiredMarker', 'Merking av påkrevde felt', true, 'Står etter ledeteksten.'),
    text('optionalMarker', 'Merking av valgfrie felt', true, 'Står etter ledeteksten.'),
    text('submitLabel', 'Send-knappen: tekst'),
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
    text('newsletterEmailLabel', 'Nyhetsbrevskjemaet: ledetekst for e-post'),
    text('newsletterSubmitLabel', 'Nyhetsbrevskjemaet: knappetekst'),
    {
      name: 'newsletterSuccessText',
      type: 'textarea',
      label: 'Nyhetsbrevskjemaet: tekst etter påmelding',
      required: true,
    },
  ],
}
