import { accountEmailHtml, resetLink } from './accountEmail'

export const forgotPasswordSubject = 'Nytt passord til Datakollektivets publiseringsverktøy'

/** Payload's forgot-password mail, in Norwegian. The link expires after an hour (Payload's default). */
export const forgotPasswordEmailHtml = ({ token }: { token?: string } = {}): string =>
  accountEmailHtml({
    paragraphs: [
      'Noen (forhåpentligvis du) har bedt om å få lage et nytt passord til Datakollektivets publiseringsverktøy.',
      'Lenken under virker én gang og i én time.',
    ],
    link: resetLink(token ?? ''),
    linkText: 'Lag et nytt passord',
    footer:
      'Har du ikke bedt om dette, kan du se bort fra e-posten. Passordet ditt er ikke endret.',
  })
