import { defineConfig } from 'vitest/config';

// Unit tests run in Node, with IndexedDB from fake-indexeddb, installed before any test module
// loads: Dexie looks for IndexedDB when it is first imported, whichever module imports it first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
  },
});
