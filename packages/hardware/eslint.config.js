// The root config, plus one rule for this package: its library code runs in the browser, so Node
// modules and globals are allowed only in tests and in src/testing (golden files on disk).
import root from '../../eslint.config.js';

const deepImports = { group: ['@tillsafe/*/src/*', '../../packages/*', '../../../packages/*'], message: 'Import a package by its entry, never a deep path.' };

export default [
  ...root,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/testing/**'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate'],
      'no-restricted-imports': [
        'error',
        { patterns: [deepImports, { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'buffer'], message: 'Library code runs in the browser; Node modules belong in tests.' }] },
      ],
    },
  },
];
