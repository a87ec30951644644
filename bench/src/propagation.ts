import type { Page } from 'playwright-core';
import type { PairedTill } from './catalog-pull';
import { countRows } from './till-idb';
import './window-state';

export interface TabProduct {
  barcode: string;
  /** How a tab line of it is labelled: "<product name>, <pack name>" (tab-line-item.tsx). */
  label: string;
}

export interface PropagationResult {
  /** Per measured line, in ms; Infinity for a line that did not arrive by itself. */
  latencies: number[];
  /** Measured lines that B only showed after a pull by hand. */
  missed: number;
}

const TABLE = '42';
/** A change should arrive within a second (DESIGN §4); after this long it is taken as a missed poke. */
export const MISSED_AFTER_MS = 10_000;

/**
 * propagation_p50_ms / propagation_p99_ms: a line added to a shared bar tab on till A, until it is
 * on till B's screen. Both tills are paired to the same store and online, B showing the tab.
 *
 * A opens a tab for a table through the Tabs screen (New tab), B opens the same tab once it has
 * synced. Then, one product at a time, A scans a product's barcode into the tab (the product
 * browser's wedge-scanner path → tab.addLine → push), and the bench waits until B shows it.
 * Timed per line, in wall-clock ms shared by both pages (`performance.timeOrigin +
 * performance.now()`, one machine clock):
 *   start — the scan's Enter keydown reaching A's page (a capture listener);
 *   end   — a MutationObserver in B seeing a tab line with that product's label appear.
 * So it covers A's local commit, the push debounce and request, the server's poke over SSE, B's
 * pull and B's render. A line B has not shown after MISSED_AFTER_MS counts as missed (latency
 * Infinity); the bench then pulls on B by hand (Sync now) so the next line starts from a till
 * that is up to date. The first `warmup` lines are not returned.
 */
export async function tabLinePropagation(a: PairedTill, b: PairedTill, products: readonly TabProduct[], warmup: number, log: (line: string) => void): Promise<PropagationResult> {
  await a.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: /^Tabs/ }).click();
  await a.page.getByRole('button', { name: 'New tab' }).first().click();
  const dialog = a.page.getByRole('dialog', { name: 'New tab' });
  await dialog.getByLabel('Table', { exact: true }).fill(TABLE);
  await dialog.getByRole('button', { name: 'Open tab' }).click();
  await a.page.getByRole('region', { name: 'Tab lines' }).waitFor();

  await b.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: /^Tabs/ }).click();
  const card = b.page.getByRole('region', { name: 'Open tabs' }).getByRole('link', { name: new RegExp(`^Table ${TABLE},`) });
  if (!(await arrives(() => card.waitFor({ timeout: MISSED_AFTER_MS })))) {
    log(`  the new tab is not on till B after ${MISSED_AFTER_MS / 1000} s (B's IndexedDB holds ${await countRows(b.page, 'tabs')} tabs); pulling by hand`);
    await syncNow(b.page);
    await card.waitFor({ timeout: 60_000 });
  }
  await card.click();
  await b.page.getByRole('region', { name: 'Tab lines' }).waitFor();

  await a.page.evaluate(() => {
    const adds: number[] = [];
    window.benchAdds = adds;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'search') adds.push(performance.timeOrigin + performance.now());
      },
      { capture: true },
    );
  });
  await b.page.evaluate(() => {
    const seen: Record<string, number> = {};
    window.benchSeen = seen;
    new MutationObserver(() => {
      const now = performance.timeOrigin + performance.now();
      for (const line of document.querySelectorAll('section[aria-label="Tab lines"] li[aria-label]')) {
        const label = line.getAttribute('aria-label')!;
        seen[label] ??= now;
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  });

  const result: PropagationResult = { latencies: [], missed: 0 };
  const search = a.page.getByRole('searchbox', { name: 'Search products' });
  for (const [i, product] of products.entries()) {
    await search.fill(product.barcode);
    await search.press('Enter');
    const shown = (timeout: number) => b.page.waitForFunction((label) => window.benchSeen?.[label] !== undefined, product.label, { timeout, polling: 100 });
    let latency = Infinity;
    if (await arrives(() => shown(MISSED_AFTER_MS))) {
      const added = await a.page.evaluate((n) => window.benchAdds?.[n], i);
      const seen = await b.page.evaluate((label) => window.benchSeen?.[label], product.label);
      if (added === undefined || seen === undefined) throw new Error(`line ${i + 1} (${product.label}) was not observed on both tills`);
      latency = seen - added;
    } else {
      log(`  line ${i + 1} is not on till B after ${MISSED_AFTER_MS / 1000} s; pulling by hand`);
      await syncNow(b.page);
      await shown(60_000);
    }
    if (i >= warmup) {
      result.latencies.push(latency);
      if (latency === Infinity) result.missed += 1;
    }
  }
  return result;
}

async function arrives(wait: () => Promise<unknown>): Promise<boolean> {
  try {
    await wait();
    return true;
  } catch {
    return false;
  }
}

/** Pulls now, from the sync panel, as a cashier would when something is late. */
async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sync details' }).click();
  const panel = page.getByRole('dialog', { name: 'Sync details' });
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await panel.getByRole('button', { name: 'Sync now', disabled: false }).waitFor();
  await panel.getByRole('button', { name: 'Close' }).click();
}
