import { defineConfig } from 'vitest/config';

// Unit tests run in Node; IndexedDB comes from fake-indexeddb, imported by each test that needs it.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
