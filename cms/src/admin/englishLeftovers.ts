/**
 * Texts Payload 3.90 renders in English whatever the admin's language (hard-coded in its
 * components, not in its translations), each with the Norwegian the admin shows instead. Whole texts
 * only: an aria-label's value or a whole text node, matched exactly. Used by EnglishLeftovers.tsx.
 */
export const englishLeftovers: ReadonlyMap<string, string> = new Map([
  // The rich-text editor's handles and link toolbar (screen-reader labels).
  ['Drag to move', 'Dra for å flytte'],
  ['Add block', 'Legg til blokk'],
  ['Edit link', 'Rediger lenke'],
  ['Remove link', 'Fjern lenke'],
  ['Insert Paragraph', 'Sett inn avsnitt'],
  // The date picker's navigation (screen-reader labels).
  ['Next Month', 'Neste måned'],
  ['Previous Month', 'Forrige måned'],
  ['Next Year', 'Neste år'],
  ['Previous Year', 'Forrige år'],
  // The live preview's size that follows the window.
  ['Responsive', 'Tilpasset vinduet'],
  // The API-key field, its confirmation dialog and its warnings.
  ['Reveal API key', 'Vis API-nøkkelen'],
  ['Toggle API key visibility', 'Vis eller skjul API-nøkkelen'],
  [
    'Are you sure you want to generate an API key for user ',
    'Vil du lage en API-nøkkel for brukeren ',
  ],
  ['? This will take effect immediately.', '? Den gjelder med en gang.'],
  [
    'Make sure to copy your API key. It will not be displayed again.',
    'Kopier API-nøkkelen nå. Den vises ikke igjen.',
  ],
  [
    'Make sure to copy your API key. You may not have access to reveal it again.',
    'Kopier API-nøkkelen nå. Det er ikke sikkert du kan få den vist igjen.',
  ],
  ['Failed to update the API key.', 'Kunne ikke lagre API-nøkkelen.'],
  ['Failed to reveal the API key.', 'Kunne ikke vise API-nøkkelen.'],
])

/** The date picker's time column header: «Time» is also an English word in other places. */
export const timeCaption = {
  english: 'Time',
  norsk: 'Klokkeslett',
  within: '.react-datepicker-time__header',
} as const
