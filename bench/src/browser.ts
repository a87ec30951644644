import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** The e2e suite's flags (e2e/chromium.ts): headless, sandboxed machine, no calls home. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium (or CHROMIUM_PATH), as the e2e suite finds it. */
function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not installed under this name
    }
  }
  throw new Error('No Chromium found. Install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH.');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * A fresh browser profile for one till (its own IndexedDB), on the server's origin. tsx compiles
 * the bench with esbuild's keepNames, which wraps named functions in `__name(…)`; functions the
 * bench hands to `page.evaluate` then need that helper in the page, so it is defined as a no-op.
 */
export async function newTillContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  context.setDefaultTimeout(60_000);
  return context;
}
