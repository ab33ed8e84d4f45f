import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transporter } from 'nodemailer'

import { env } from './env'

/**
 * Email goes through the SMTP server in `SMTP_URL` when it is set. Without it nothing leaves the
 * machine: in development the whole message is printed so links (password reset, invitations,
 * confirmations) can be followed; in production only the fact that a message was dropped is logged,
 * never its recipient or content, because those are personal data.
 */
export function emailAdapter() {
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM,
    defaultFromName: env.EMAIL_FROM_NAME,
    transport: env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : consoleTransport(),
    // Verifying connects to the server at start; a mail server that is briefly down must not
    // stop the CMS from starting (sending reports its own errors).
    skipVerify: true,
  })
}

function consoleTransport(): Transporter {
  const printWhole = process.env.NODE_ENV !== 'production'
  return nodemailer.createTransport({
    name: 'console',
    version: '1',
    send(mail, callback) {
      const { to, subject, text } = mail.data
      if (printWhole) {
        console.info(`\n--- e-post (ikke sendt, SMTP_URL er ikke satt) ---
Til: ${String(to)}
Emne: ${String(subject)}

${String(text ?? '(bare HTML)')}
--- slutt ---\n`)
      } else {
        console.warn('E-post ble ikke sendt: SMTP_URL er ikke satt')
      }
      const envelope = mail.message.getEnvelope()
      callback(null, {
        envelope,
        messageId: 'console',
        accepted: envelope.to,
        rejected: [],
        pending: [],
        response: 'skrevet til konsollen',
      })
    },
  })
}
