import { describe, expect, it, inject } from 'vitest'

import { readMail } from '@dk/testing/mailbox'

import { testPayload } from '../helpers/payload'

describe('email', () => {
  it('goes through the configured SMTP server', async () => {
    const payload = await testPayload()
    const to = `post-${crypto.randomUUID()}@test.invalid`
    await payload.sendEmail({ to, subject: 'Prøve', text: 'Hei fra Datakollektivet' })
    const [mail] = await readMail(inject('mailboxUrl'), to)
    expect(mail?.subject).toBe('Prøve')
    expect(mail?.text).toContain('Hei fra Datakollektivet')
  })
})
