// No imports: the browser test renders this mail too, outside the CMS's type program.

export type Person = { id: number; email: string }

/** One person's reminder: the overdue submissions assigned to them, and the unassigned ones theirs to pick up. */
export type Digest = { to: Person; own: number[]; unassigned: number[] }

type Context = {
  /** The Oslo day the reminder is for, `YYYY-MM-DD`. */
  day: string
  days: number
  submissionLink: (id: number) => string
  overviewLink: string
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** 2026-03-30 → 30.03.2026 */
export const norwegianDate = (day: string) => day.split('-').reverse().join('.')

const submissions = (count: number) => `${count} innsendt${count === 1 ? '' : 'e'} skjema`

/**
 * One person's daily reminder. Counts and admin links only: mailboxes are outside the CMS's access
 * control and kept for years, so names and messages stay behind the login.
 */
export function digestMail(digest: Digest, { day, days, submissionLink, overviewLink }: Context) {
  const total = digest.own.length + digest.unassigned.length
  const subject = `Påminnelse ${norwegianDate(day)}: ${submissions(total)} venter på oppfølging`
  const intro = `Disse har ventet lenger enn fristen på ${days} ${days === 1 ? 'dag' : 'dager'} etter innsending uten å bli fulgt opp:`
  const sections = [
    { heading: `Tildelt deg, fortsatt «Ny» (${digest.own.length})`, ids: digest.own },
    {
      heading: `Uten ansvarlig, i områdene du følger (${digest.unassigned.length})`,
      ids: digest.unassigned,
    },
  ].filter((section) => section.ids.length > 0)
  const outro = 'Av personvernhensyn står verken navn eller innhold i denne e-posten.'

  const text = [
    'Hei!',
    intro,
    ...sections.map((section) =>
      [`${section.heading}:`, ...section.ids.map((id) => submissionLink(id))].join('\n'),
    ),
    `Oversikten over rekrutteringen: ${overviewLink}`,
    outro,
  ].join('\n\n')

  const link = (url: string, label: string) =>
    `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`
  const html = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40rem; margin: 1.5rem; color: #1a1a1a">
<p>Hei!</p>
<p>${escapeHtml(intro)}</p>
${sections
  .map(
    (section) => `<h2 style="font-size: 1.1rem">${escapeHtml(section.heading)}</h2>
<ul>
${section.ids.map((id) => `<li>${link(submissionLink(id), `Innsendt skjema nr. ${id}`)}</li>`).join('\n')}
</ul>`,
  )
  .join('\n')}
<p>${link(overviewLink, 'Åpne oversikten over rekrutteringen')}</p>
<p style="color: #555">${escapeHtml(outro)}</p>
</body>
</html>`
  return { subject, text, html }
}

/** The chat room's daily line: how many are overdue and where to look, nothing about anyone. */
export function matrixLine(count: number, { day, days, overviewLink }: Context) {
  return `Påminnelse ${norwegianDate(day)}: ${submissions(count)} har ventet lenger enn ${days} ${days === 1 ? 'dag' : 'dager'} på oppfølging. Oversikt: ${overviewLink}`
}
