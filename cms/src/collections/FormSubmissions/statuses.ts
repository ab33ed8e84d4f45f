export const submissionStatuses = [
  { value: 'new', label: 'Ny' },
  { value: 'contacted', label: 'Kontaktet' },
  { value: 'onboarded', label: 'Kommet i gang' },
  { value: 'declined', label: 'Avslått / trakk seg' },
  { value: 'spam', label: 'Søppel' },
] as const
