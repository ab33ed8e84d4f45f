import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/src/**/*.spec.ts',
            'web/src/**/*.spec.ts',
            'scripts/**/*.spec.ts',
            'testing/src/**/*.spec.ts',
            'cms/src/**/*.spec.ts',
          ],
          exclude: ['**/*.e2e.spec.ts', '**/node_modules/**'],
        },
      },
      {
        // Real Payload on a throwaway PostgreSQL, in-process.
        resolve: { alias: { '@payload-config': path('./cms/src/payload.config.ts') } },
        test: {
          name: 'int',
          include: ['cms/tests/int/**/*.int.spec.ts'],
          globalSetup: ['cms/tests/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The production builds of cms and web on a throwaway PostgreSQL, driven by real Chromium.
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.e2e.spec.ts', 'scripts/**/*.e2e.spec.ts'],
          globalSetup: ['web/e2e/globalSetup.ts'],
          // One browser and one stack shared by every file; files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
