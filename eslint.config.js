// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/env.d.ts'],
    rules: {
      // Astro's generated content types are only reachable through a triple-slash reference.
      '@typescript-eslint/triple-slash-reference': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // Astro components declare `interface Props` that ESLint sees as unused.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^Props$' }],
    },
  },
);
