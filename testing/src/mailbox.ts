// A real SMTP server for tests and the bench: the CMS sends through nodemailer to it exactly as it
// would to the organisation's mail server. Test workers read what arrived over a loopback HTTP
// endpoint, because the server lives in the process that started the stack.
import { createServer, type Server } from 'node:http'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { freePort } from './ports.ts'

export type Mail = { to: string[]; subject: string; text: string; html: string; receivedAt: number }

export type Mailbox = {
  /** Give this to the CMS as SMTP_URL. */
  smtpUrl: string
  /** GET here (see `readMail`) from another process. */
  httpUrl: string
  messages: Mail[]
  stop(): Promise<void>
}

export async function startMailbox(): Promise<Mailbox> {
  const messages: Mail[] = []
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const to = [parsed.to ?? []]
            .flat()
            .flatMap((address) => address.value.map((entry) => entry.address ?? ''))
          messages.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            receivedAt: Date.now(),
          })
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  const smtpPort = await freePort()
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve))

  const http: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const to = url.searchParams.get('to')
    const found = to ? messages.filter((mail) => mail.to.includes(to)) : messages
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(found))
  })
  const httpPort = await freePort()
  await new Promise<void>((resolve) => http.listen(httpPort, '127.0.0.1', resolve))

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    messages,
    async stop() {
      http.close()
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
    },
  }
}

/** Mail that arrived for `to`, waiting up to `timeoutMs` for at least `count` messages. */
export async function readMail(
  httpUrl: string,
  to: string,
  { count = 1, timeoutMs = 10_000 } = {},
): Promise<Mail[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const response = await fetch(`${httpUrl}/?to=${encodeURIComponent(to)}`)
    const mail = (await response.json()) as Mail[]
    if (mail.length >= count) return mail
    if (Date.now() > deadline)
      throw new Error(`fikk ${mail.length} av ${count} e-post(er) til ${to} innen ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
