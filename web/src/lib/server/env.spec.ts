import { afterEach, describe, expect, it, vi } from 'vitest'

const required = {
  CMS_URL: 'http://cms:3001',
  CMS_API_KEY: 'a service api key for the test',
  REVALIDATE_SECRET: 'a revalidation secret of at least 32 characters',
}

async function envWith(values: Record<string, string>) {
  vi.resetModules()
  for (const [name, value] of Object.entries({ ...required, ...values })) vi.stubEnv(name, value)
  return (await import('./env.ts')).env
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('env', () => {
  it('takes the public origin from WEB_PUBLIC_URL, and requires it in production', async () => {
    const production = await envWith({ NODE_ENV: 'production', WEB_PUBLIC_URL: '' })
    expect(() => production()).toThrow(/WEB_PUBLIC_URL/)
    const configured = await envWith({
      NODE_ENV: 'production',
      WEB_PUBLIC_URL: 'https://datakollektivet.no/',
    })
    expect(configured().publicOrigin).toBe('https://datakollektivet.no')
    const development = await envWith({ NODE_ENV: 'development', WEB_PUBLIC_URL: '' })
    expect(development().publicOrigin).toBe('http://localhost:3000')
  })

  it('refuses a FORM_SECRET shorter than 32 characters', async () => {
    const env = await envWith({ FORM_SECRET: 'kort' })
    expect(() => env()).toThrow(/FORM_SECRET/)
  })
})
