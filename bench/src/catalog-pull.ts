import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newTillContext } from './browser';
import { countProducts } from './till-idb';
import { TillUi } from './till-ui';
import './window-state';

export interface PairedTill {
  context: BrowserContext;
  page: Page;
  ui: TillUi;
}

/**
 * catalog_50k_pull_s: a fresh till (new browser profile, empty IndexedDB) is paired through the
 * pair screen, which enrols it and then pulls the whole shop (pages of up to 5,000) into IndexedDB.
 *
 * Timed inside the page, on its `performance.now()` clock:
 *   start — the pair form's `submit` event (the click on "Pair this till"), so the enrol request
 *           is included;
 *   end   — the moment the "Loading catalog… N products" status leaves the DOM, which the app
 *           does only after the last pull page's Dexie transaction has committed (pullAll
 *           resolved, then it navigates to sign-in).
 * The till's `pull.wait`, `pull.parse` and `pull.store` measures are summed and logged, to show
 * where the time went (the next page is fetched and parsed while one is stored).
 * Afterwards (not timed) the till must be on the sign-in screen and IndexedDB must hold exactly
 * `expectedProducts` products (one per row or in chunks); otherwise the figure is refused.
 */
export async function pairAndPullCatalog(
  browser: Browser,
  baseURL: string,
  pairingCode: string,
  tillName: string,
  expectedProducts: number,
  log: (line: string) => void,
): Promise<{ till: PairedTill; seconds: number }> {
  const context = await newTillContext(browser, baseURL);
  const page = await context.newPage();
  const ui = new TillUi(page);
  await ui.openPairScreen(pairingCode, tillName);
  await page.evaluate(() => {
    const watch = { submittedAt: undefined as number | undefined, doneAt: undefined as number | undefined, shown: 0, waitMs: 0, parseMs: 0, storeMs: 0, pages: 0 };
    window.benchPull = watch;
    document.addEventListener(
      'submit',
      () => {
        watch.submittedAt ??= performance.now();
      },
      { capture: true },
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('pull.wait')) watch.waitMs += entry.duration;
      for (const entry of list.getEntriesByName('pull.parse')) watch.parseMs += entry.duration;
      for (const entry of list.getEntriesByName('pull.store')) {
        watch.storeMs += entry.duration;
        watch.pages += 1;
      }
    }).observe({ type: 'measure' });
    let loading = false;
    new MutationObserver(() => {
      const status = Array.from(document.querySelectorAll('[role="status"]')).find((el) => el.textContent.includes('Loading catalog'));
      if (status) {
        loading = true;
        const shown = /(\d+) products/.exec(status.textContent);
        if (shown) watch.shown = Number(shown[1]);
      } else if (loading) {
        watch.doneAt ??= performance.now();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  await ui.pairButton.click();
  await page.waitForFunction(() => window.benchPull?.doneAt !== undefined, undefined, { timeout: 600_000, polling: 250 });
  const watch = await page.evaluate(() => window.benchPull!);
  const alert = page.getByRole('alert');
  if (await alert.count()) throw new Error(`the catalog pull failed: ${await alert.first().textContent()}`);
  await page.waitForURL('**/sign-in');
  const stored = await countProducts(page);
  if (stored !== expectedProducts) throw new Error(`the till holds ${stored} products after pairing, expected ${expectedProducts}`);
  if (watch.submittedAt === undefined || watch.doneAt === undefined) throw new Error('the pair screen was not observed');
  // Where the time went, by the till's own measures: waiting for pages, and storing them.
  log(`  ${watch.pages} pages: waiting for the server ${(watch.waitMs / 1000).toFixed(1)} s, parsing ${(watch.parseMs / 1000).toFixed(1)} s, waiting for IndexedDB ${(watch.storeMs / 1000).toFixed(1)} s`);
  // What crossed the network (the server gzips large pages) against the JSON the till read.
  const sizes = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.includes('/api/v1/sync/pull'))
      .reduce((sum, entry) => ({ sent: sum.sent + entry.encodedBodySize, json: sum.json + entry.decodedBodySize }), { sent: 0, json: 0 }),
  );
  log(`  ${(sizes.json / 1e6).toFixed(1)} MB of JSON, ${(sizes.sent / 1e6).toFixed(1)} MB over the network`);
  return { till: { context, page, ui }, seconds: (watch.doneAt - watch.submittedAt) / 1000 };
}
