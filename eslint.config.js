import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import ts from 'typescript-eslint'

export default ts.config(
  {
    ignores: [
      '.toolchain/',
      '.data/',
      '**/node_modules/',
      'cms/.next/',
      'cms/next-env.d.ts',
      'cms/src/payload-types.ts',
      'cms/src/migrations/',
      'cms/src/app/(payload)/admin/importMap.js',
      'web/.svelte-kit/',
      'web/build/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // The site has no base path, and most hrefs are addresses editors typed in the CMS.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    // Tests read loosely typed JSON from REST responses on purpose.
    files: ['**/tests/**/*.ts', '**/e2e/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
