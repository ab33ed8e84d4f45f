import { newsletterLink, newsletterPaths } from '@dk/shared'
import type { Payload } from 'payload'

import { env } from '../../env'

type Mail = { email: string; confirmToken: string; unsubscribeToken: string }

/** The double opt-in mail: plain text in the editors' words, with the unsubscribe link too. */
export async function sendConfirmationMail(payload: Payload, mail: Mail) {
  const { newsletter: texts } = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const confirmUrl = newsletterLink(env.WEB_PUBLIC_URL, newsletterPaths.confirm, mail.confirmToken)
  const unsubscribeUrl = newsletterLink(
    env.WEB_PUBLIC_URL,
    newsletterPaths.unsubscribe,
    mail.unsubscribeToken,
  )
  await payload.sendEmail({
    to: mail.email,
    subject: texts.confirmMailSubject,
    text: [
      texts.confirmMailText,
      confirmUrl,
      texts.confirmMailAfterLink,
      '--',
      `${texts.mailUnsubscribeText}\n${unsubscribeUrl}`,
    ].join('\n\n'),
    // Mail programs show their own "unsubscribe" button from this header.
    list: { unsubscribe: unsubscribeUrl },
  })
}
