import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';

const PORT = Number(process.env.E2E_PORT ?? 8797);

/**
 * The till's pieces on their own, before they are wired into a screen: Vite's dev server serves
 * apps/till/checkout-preview.html (development only, never in the built till), and the specs in
 * preview/ drive it in Debian's Chromium. No server or database: these pieces take plain props.
 */
export default defineConfig({
  testDir: './preview',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: `test-results/preview-port-${PORT}`,
  webServer: {
    command: `pnpm --filter @tillsafe/till exec vite --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/checkout-preview.html`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
  },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1024, height: 768 },
    // The sample store is in Portland, Maine: the till's clock reads the store's zone.
    timezoneId: 'America/New_York',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
});
