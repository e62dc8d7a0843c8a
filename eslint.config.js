import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'path'], message: 'domain/ is pure: no I/O.' },
        { group: ['../../ingest/*', '../../render/*', '../../cli/*', '../ingest/*', '../render/*', '../cli/*'], message: 'domain/ imports only domain/.' },
      ] }],
    },
  },
  {
    files: ['src/letters/**/*.ts'],
    ignores: ['src/letters/render/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'path', 'docx', 'playwright-core'], message: 'letters/ (outside render/) is pure: no I/O, no file formats.' },
        { group: ['../cli/*', '../web/*', '../persistence/*', '../ingest/*'], message: 'letters/ builds on domain/ only.' },
      ] }],
    },
  },
  {
    // Browser scripts served by the web app: plain scripts (no modules, no bundler), browser globals only.
    files: ['assets/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', XMLHttpRequest: 'readonly', FormData: 'readonly' } },
    rules: { 'no-implicit-globals': 'error', 'no-eval': 'error', 'no-implied-eval': 'error', strict: ['error', 'function'] },
  },
  {
    files: ['bin/**/*.js', 'bench/**/*.js', 'test/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', Buffer: 'readonly', fetch: 'readonly' } },
  },
);
