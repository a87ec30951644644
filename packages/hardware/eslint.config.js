// The root config, plus two adjustments for this package: its library code runs in the browser,
// so Node modules and globals are allowed only in tests and in src/testing (golden files on
// disk); and tests stand hand-written fakes in for USBDevice / SerialPort, browser classes no
// test can construct (nothing here or in web-serial-polyfill checks them with instanceof).
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
  {
    files: ['src/**/*.test.ts', 'src/testing/**'],
    rules: { '@typescript-eslint/no-unsafe-class-instance-assignment': 'off' },
  },
];
