import { env } from '../../../env'

/**
 * The link to Payload's own "choose a new password" screen. Built from CMS_PUBLIC_URL, never from
 * the request's Host header, so a forged request cannot make the mail point somewhere else.
 */
export function resetLink(token: string): string {
  return new URL(`/admin/reset/${encodeURIComponent(token)}`, env.CMS_PUBLIC_URL).href
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * A short plain mail around one link. It carries nothing secret except the one-time link itself:
 * no password, no role list, no internal addresses.
 */
export function accountEmailHtml({
  paragraphs,
  link,
  linkText,
  footer,
}: {
  paragraphs: string[]
  link: string
  linkText: string
  footer: string
}): string {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')
  return `<!doctype html>
<html lang="nb">
<body style="font-family: sans-serif; line-height: 1.5; max-width: 36rem">
${body}
<p><a href="${escapeHtml(link)}">${escapeHtml(linkText)}</a></p>
<p>Fungerer ikke knappen? Kopier denne adressen inn i nettleseren:<br>${escapeHtml(link)}</p>
<p style="color: #555">${escapeHtml(footer)}</p>
</body>
</html>`
}
