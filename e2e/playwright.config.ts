import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';

const PORT = Number(process.env.E2E_PORT ?? 8797);

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  // One folder per port, so two runs on one machine do not wipe each other's results.
  outputDir: `test-results/port-${PORT}`,
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1024, height: 768 },
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
});
