// One lint config for every package: type-aware rules from typescript-eslint, plus the
// project's own habits (STYLE.md §9): no floating promises, no `any`, no console in library
// code, no focused tests left behind.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/drizzle/**', '**/dev-dist/**', '**/*.config.*', '**/test-results/**', '**/playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo)$/]", message: 'No focused, skipped or todo tests in the tree.' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of an enum.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@tillsafe/*/src/*', '../../packages/*', '../../../packages/*', '../../sync-server/*', '../../apps/*', '../../bench/*', '../../e2e/*'], message: 'Import a package by its entry, never a deep path.' }] },
      ],
    },
  },
  {
    files: ['packages/domain/**', 'packages/sync/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'indexedDB', 'localStorage', 'sessionStorage', 'fetch', 'process', 'Buffer'],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.stringContaining…) are typed `any`.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
