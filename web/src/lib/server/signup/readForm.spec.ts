import { describe, expect, it } from 'vitest'

import { readForm } from './readForm.ts'

const post = (contentType: string | undefined, body: string) =>
  new Request('http://localhost/bygg-med-oss?/signup', {
    method: 'POST',
    headers: contentType === undefined ? {} : { 'content-type': contentType },
    body,
  })

describe('readForm', () => {
  it('reads the two encodings browsers post forms in', async () => {
    const urlencoded = await readForm(post('application/x-www-form-urlencoded', 'name=Kari'))
    expect(urlencoded instanceof FormData && urlencoded.get('name')).toBe('Kari')
    const multipart = await readForm(
      post(
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nKari\r\n--x--\r\n',
      ),
    )
    expect(multipart instanceof FormData && multipart.get('name')).toBe('Kari')
  })

  // The attack: `Content-Type: text/plain` made request.formData() throw, and the action a 500.
  it('says "not a form" for other content types and broken multipart bodies', async () => {
    for (const [type, body] of [
      ['text/plain', 'name=Kari'],
      ['application/json', '{"name":"Kari"}'],
      [undefined, 'name=Kari'],
      ['multipart/form-data', 'name=Kari'],
      ['multipart/form-data; boundary=x', '--x\r\nno headers'],
    ] as const)
      expect(await readForm(post(type, body)), `${type}`).toEqual({ refused: 'notAForm' })
  })
})
