// web's V8 heap sizes (testing/src/webNodeFlags.ts) are the same wherever it runs production code.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { expect, it } from 'vitest'

import { repoRoot } from '@dk/testing/paths'
import { webNodeFlags } from '@dk/testing/webNodeFlags'

const read = (path: string) => readFile(join(repoRoot, path), 'utf8')

it('the web image starts server.js with the same Node flags as the test and bench stack', async () => {
  const cmd = /^CMD (\[.*\])$/m.exec(await read('docker/web.Dockerfile'))?.[1]
  expect(JSON.parse(cmd ?? 'null')).toEqual(['node', ...webNodeFlags, 'server.js'])
})

it('`pnpm start` in web starts it with the same flags', async () => {
  const web = JSON.parse(await read('web/package.json')) as { scripts: Record<string, string> }
  expect(web.scripts.start).toBe(['node', ...webNodeFlags, 'server.js'].join(' '))
})
