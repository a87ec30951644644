import type { TillUi } from './till-ui';
import './window-state';

/**
 * search_p95_ms: the till's own `search.query` measure (use-product-browser.ts) — one search of
 * the in-memory index of the whole catalog per keystroke — while the bench types product names
 * into the search box a key at a time, as a cashier does. Rendering the grid is outside it.
 */
export async function searchDurations(ui: TillUi, queries: readonly string[]): Promise<number[]> {
  const { page } = ui;
  await page.evaluate(() => {
    const durations: number[] = [];
    window.benchSearches = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('search.query')) durations.push(entry.duration);
    }).observe({ type: 'measure' });
  });
  for (const query of queries) {
    await ui.searchBox.fill('');
    await ui.searchBox.pressSequentially(query, { delay: 60 });
  }
  await ui.searchBox.fill('');
  return page.evaluate(() => window.benchSearches ?? []);
}

/**
 * scan_to_cart_p95_ms: from the Enter that ends a barcode typed into the search box (the
 * keydown's timestamp) to the moment the cart shows the line for that product (a
 * MutationObserver callback finds its list item), in the page's clock. Each scan is a product not
 * yet in the cart.
 */
export async function scanToCartDurations(ui: TillUi, products: readonly { barcode: string; label: string }[]): Promise<number[]> {
  const { page } = ui;
  const durations: number[] = [];
  for (const { barcode, label } of products) {
    await ui.searchBox.fill(barcode);
    const done = page.evaluate(
      (name) =>
        new Promise<number>((resolve) => {
          let start = 0;
          const cart = document.querySelector('[aria-label="Cart"]') ?? document.body;
          const found = () => Array.from(cart.querySelectorAll('[role="listitem"], li')).some((el) => (el.getAttribute('aria-label') ?? '').startsWith(name));
          window.addEventListener(
            'keydown',
            (event) => {
              if (event.key === 'Enter') start = event.timeStamp;
            },
            { capture: true, once: true },
          );
          new MutationObserver((_, observer) => {
            if (start && found()) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          }).observe(cart, { childList: true, subtree: true, attributes: true });
        }),
      label,
    );
    await ui.searchBox.press('Enter');
    durations.push(await done);
  }
  return durations;
}
