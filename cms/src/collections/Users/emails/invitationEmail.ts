import { accountEmailHtml, resetLink } from './accountEmail'

export const invitationSubject = 'Du er invitert til Datakollektivets publiseringsverktøy'

/** How long an invitation link works: long enough to be found after a weekend. */
export const invitationExpirationMs = 3 * 24 * 60 * 60 * 1000

export function invitationEmailHtml(token: string): string {
  return accountEmailHtml({
    paragraphs: [
      'Du har fått en bruker i publiseringsverktøyet til Datakollektivet, der nettsidene redigeres.',
      'Velg et passord med lenken under. Lenken virker én gang og i tre døgn. Er den gått ut, bruker du «Glemt passord?» på innloggingssiden med denne e-postadressen.',
    ],
    link: resetLink(token),
    linkText: 'Velg passord',
    footer: 'Venter du ikke denne e-posten, kan du se bort fra den.',
  })
}
