/** What Escape asks in the schedule panel when a time is chosen but not saved (KeepScheduleOnEscape). */
export const keepScheduleMessages = {
  nb: 'Tidspunktet du har valgt, er ikke lagret. Vil du lukke uten å planlegge? Trykk «Avbryt» for å fortsette og så «Lagre».',
  en: 'The time you chose is not saved. Close without scheduling? Press Cancel to go on, then Save.',
}
