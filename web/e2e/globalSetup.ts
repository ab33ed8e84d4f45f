import { createServer } from 'node:http'

import type { TestProject } from 'vitest/node'

import { freePort } from '@dk/testing/ports'
import { startStack } from '@dk/testing/stack'

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
    cmsUrl: string
    admin: { email: string; password: string }
    /** POST /cms/stop or /cms/start here to take the CMS down and up during a test. */
    controlUrl: string
    /** Mail the CMS sent: read it with readMail() from @dk/testing/mailbox. */
    mailboxUrl: string
    /** The stack's web saves its content snapshot here (SNAPSHOT_DIR). */
    snapshotDir: string
  }
}

export default async function setup(project: TestProject) {
  // Its own database: the int tests' set-up (same vitest run) points DATABASE_URL at theirs.
  const stack = await startStack({ log: (line) => console.log(`[e2e] ${line}`), ownDatabase: true })
  // Tests run in workers; this loopback endpoint lets them stop and start the CMS process.
  const control = createServer((request, response) => {
    const action = request.method === 'POST' ? request.url : undefined
    const done = (status: number) => response.writeHead(status).end()
    if (action === '/cms/stop')
      void stack.cms.stop().then(
        () => done(204),
        () => done(500),
      )
    else if (action === '/cms/start')
      void stack.restartCms().then(
        () => done(204),
        () => done(500),
      )
    else done(404)
  })
  const controlPort = await freePort()
  await new Promise<void>((resolve) => control.listen(controlPort, '127.0.0.1', resolve))

  project.provide('webUrl', stack.webUrl)
  project.provide('cmsUrl', stack.cmsUrl)
  project.provide('admin', stack.admin)
  project.provide('mailboxUrl', stack.mailbox.httpUrl)
  project.provide('snapshotDir', stack.snapshotDir)
  project.provide('controlUrl', `http://127.0.0.1:${controlPort}`)
  return async () => {
    control.close()
    await stack.stop()
  }
}
