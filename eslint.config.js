// Lint finds mistakes; Prettier alone decides how code looks (`npm run format:check`).
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Built, generated or downloaded: never written by hand.
    ignores: [
      '**/node_modules/',
      '.next/',
      '.data/',
      'site/dist/',
      'site/.astro/',
      'test-results/',
      'bench/results/',
      '.lighthouseci/',
      'payload-types.ts',
      'next-env.d.ts',
      'migrations/*.json',
      'app/(payload)/admin/importMap.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // An argument or binding named with a leading underscore is unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The site's pages and their scripts also run in the browser.
    files: ['site/**/*.astro', 'site/src/**/*.ts', 'components/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests and benchmarks probe HTTP and GraphQL answers whose shape is what is being checked.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Payload writes each migration with the whole `{ db, payload, req }` argument, used or not.
    files: ['migrations/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
