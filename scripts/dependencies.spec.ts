// Dependency rules the lockfile and renovate.json must keep: Payload's packages move together at
// one exact version, and sharp (native image code with its own advisories) is installed once.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { repoRoot } from '@dk/testing/paths'

const read = (path: string) => readFile(join(repoRoot, path), 'utf8')

async function payloadDependencies() {
  const cms = JSON.parse(await read('cms/package.json')) as {
    dependencies: Record<string, string>
    devDependencies?: Record<string, string>
  }
  const all = { ...cms.dependencies, ...cms.devDependencies }
  return Object.entries(all).filter(
    ([name]) => name === 'payload' || name.startsWith('@payloadcms/'),
  )
}

describe('dependencies', () => {
  it('pins payload and every @payloadcms/* package to the same exact version', async () => {
    const versions = new Set((await payloadDependencies()).map(([, version]) => version))
    expect([...versions]).toHaveLength(1)
    expect([...versions][0]).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('renovate.json updates them as one group', async () => {
    const config = JSON.parse(await read('renovate.json')) as {
      packageRules: { matchPackageNames?: string[]; groupName?: string }[]
    }
    const groupOf = (name: string) =>
      config.packageRules.find((rule) =>
        rule.matchPackageNames?.some((pattern) =>
          pattern.endsWith('/**') ? name.startsWith(pattern.slice(0, -2)) : pattern === name,
        ),
      )?.groupName
    const groups = new Set((await payloadDependencies()).map(([name]) => groupOf(name)))
    expect([...groups]).toEqual(['Payload'])
  })

  it('installs sharp once, at a version with the libvips fix (0.35 or later)', async () => {
    const lock = await read('pnpm-lock.yaml')
    const versions = new Set([...lock.matchAll(/^ {2}sharp@(\d+\.\d+\.\d+)/gm)].map((m) => m[1]))
    expect([...versions]).toHaveLength(1)
    const [major, minor] = [...versions][0]!.split('.').map(Number)
    expect(major! > 0 || minor! >= 35).toBe(true)
  })
})
