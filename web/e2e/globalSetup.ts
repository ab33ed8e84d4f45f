import type { TestProject } from 'vitest/node'

import { startStack } from '../../scripts/lib/stack.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
    cmsUrl: string
    admin: { email: string; password: string }
  }
}

export default async function setup(project: TestProject) {
  const stack = await startStack({ log: (line) => console.log(`[e2e] ${line}`) })
  project.provide('webUrl', stack.webUrl)
  project.provide('cmsUrl', stack.cmsUrl)
  project.provide('admin', stack.admin)
  return () => stack.stop()
}
